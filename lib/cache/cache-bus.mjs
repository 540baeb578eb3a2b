// @ts-check
/**
 * Emptying the in-process caches of every server process, on this machine and on the others, at once.
 *
 * `npm start` runs one process per core (Node's cluster, scripts/cluster.mjs), and an office may run
 * several instances against one database. Each process keeps its own public page micro-cache
 * (scripts/public-page-cache.mjs) and its own short-lived query caches (lib/cache/short-lived.ts),
 * so a write handled by one process must empty them in all the others too. A process clears its own
 * caches and tells its peers through every channel it has joined:
 * - the cluster's primary (`joinWorkerBus`), which passes the message on to the other workers of
 *   this machine (`relayBetweenWorkers`): immediate, no database needed;
 * - PostgreSQL's LISTEN/NOTIFY (`database-bus.mjs`), which reaches every process of every instance,
 *   on this machine and the others, within milliseconds.
 * A process may hear of one clear twice (both channels); emptying a cache twice costs nothing.
 *
 * The state lives on `globalThis` under a registered symbol because the code that clears (inside
 * Next.js's server bundle) and the code that talks to the primary (scripts/server.mjs, outside it)
 * load this file as two separate module instances. With no channel joined (tests, `next dev`) nothing
 * is sent and only the local caches are cleared.
 */

/** @typedef {"pages" | "queries"} CacheScope pages: the public page micro-cache; queries: the short-lived query caches */

/** The IPC message; its `type` tells it apart from any other message between the processes. */
export const CLEAR_MESSAGE = "iro-portal:clear-caches";

/** @type {readonly CacheScope[]} */
const SCOPES = ["pages", "queries"];

const BUS = Symbol.for("iro-portal.cache-bus");

/**
 * @typedef {{ clearers: Map<CacheScope, Set<() => void>>; peers: Set<(scope: CacheScope) => void> }} Bus
 */

/** @returns {Bus} */
function bus() {
  const holder = /** @type {Record<symbol, Bus | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[BUS] ??= { clearers: new Map(SCOPES.map((scope) => [scope, new Set()])), peers: new Set() };
  return holder[BUS];
}

/** @param {unknown} scope @returns {scope is CacheScope} */
export function isCacheScope(scope) {
  return SCOPES.includes(/** @type {CacheScope} */ (scope));
}

/** Both kinds of cache, e.g. to empty everything after a gap in which clears may have been missed. */
export const ALL_SCOPES = SCOPES;

/** @param {unknown} message @returns {message is { type: string; scope: CacheScope }} */
export function isClearMessage(message) {
  if (typeof message !== "object" || message === null) return false;
  const { type, scope } = /** @type {{ type?: unknown; scope?: unknown }} */ (message);
  return type === CLEAR_MESSAGE && isCacheScope(scope);
}

/**
 * Registers how to empty one cache of this process. Returns a function that unregisters it.
 * @param {CacheScope} scope
 * @param {() => void} clear
 */
export function onClear(scope, clear) {
  const set = /** @type {Set<() => void>} */ (bus().clearers.get(scope));
  set.add(clear);
  return () => void set.delete(clear);
}

/**
 * Empties every cache of this kind in this process only.
 * @param {CacheScope} scope
 */
export function clearHere(scope) {
  for (const clear of bus().clearers.get(scope) ?? []) clear();
}

/**
 * Asks the other processes (through every channel joined) to empty their caches of this kind;
 * nothing is sent when no channel was joined (one process without a database bus, tests).
 * @param {CacheScope} scope
 */
export function tellPeers(scope) {
  for (const send of bus().peers) send(scope);
}

/**
 * Adds a channel to the other processes. Returns a function that removes it.
 * @param {(scope: CacheScope) => void} send must not throw
 */
export function addPeerChannel(send) {
  const peers = bus().peers;
  peers.add(send);
  return () => void peers.delete(send);
}

/**
 * Empties every cache of this kind here and in the other processes of the cluster.
 * @param {CacheScope} scope
 */
export function clearEverywhere(scope) {
  clearHere(scope);
  tellPeers(scope);
}

/**
 * In a cluster worker: sends this process's clears to the primary and applies the ones it relays.
 * Returns a function that leaves the bus again (tests).
 * @param {{ send?: (message: unknown) => unknown; on(event: "message", listener: (message: unknown) => void): unknown; off?(event: "message", listener: (message: unknown) => void): unknown }} channel the worker's `process`
 */
export function joinWorkerBus(channel) {
  const send = channel.send?.bind(channel);
  if (!send) return () => {};
  const removePeer = addPeerChannel((scope) => {
    // A primary that is gone (shutting down) cannot be told; the process exits soon after anyway.
    try {
      send({ type: CLEAR_MESSAGE, scope });
    } catch {
      // ignored on purpose
    }
  });
  /** @param {unknown} message */
  const receive = (message) => {
    if (isClearMessage(message)) clearHere(message.scope);
  };
  channel.on("message", receive);
  return () => {
    removePeer();
    channel.off?.("message", receive);
  };
}

/**
 * In the cluster's primary: passes each worker's clear on to every other live worker.
 * @param {{ on(event: "message", listener: (worker: { id: number }, message: unknown) => void): unknown; workers?: Record<string, { id: number; isConnected(): boolean; send(message: unknown): unknown } | undefined> }} cluster
 */
export function relayBetweenWorkers(cluster) {
  cluster.on("message", (sender, message) => {
    if (!isClearMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker.id !== sender.id && worker.isConnected()) worker.send({ type: CLEAR_MESSAGE, scope: message.scope });
    }
  });
}
