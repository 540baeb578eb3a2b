// @ts-check
/**
 * The cache bus between instances: PostgreSQL's LISTEN/NOTIFY on one dedicated connection per server
 * process (decision 012). Every process of every instance listens on one channel; a process that
 * empties its caches after a write sends one notification, and every other process empties its caches
 * of that kind when it arrives (milliseconds later). No server besides the database is needed.
 *
 * - The connection is the process's own (not one of the pool's: a pooled connection is handed to
 *   other queries between notifications, and a listener must stay put). It is opened again after a
 *   loss (database restart, network, idle timeout), with a growing pause between tries; on its return
 *   the process empties its own caches (it may have missed clears meanwhile) and sends the clears it
 *   could not send.
 * - A notification carries `{ origin, scope }`: `origin` tells a process its own messages apart
 *   (PostgreSQL delivers a notification to the session that sent it too).
 * - Plain JavaScript, loaded by scripts/server.mjs outside Next.js's bundle; it talks to the caches
 *   through cache-bus.mjs's shared state.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { ALL_SCOPES, addPeerChannel, clearHere, isCacheScope } from "./cache-bus.mjs";

/** The PostgreSQL channel (an identifier: lower case, no quoting needed). */
export const CACHE_CHANNEL = "iro_portal_cache";

/** Pauses between reconnection attempts, in ms; the last one repeats. */
const RETRY_DELAYS_MS = [200, 500, 1000, 2000, 5000];

/** @typedef {import("./cache-bus.mjs").CacheScope} CacheScope */
/** @typedef {(level: "info" | "warn", message: string, details?: Record<string, unknown>) => void} BusLog */

/**
 * @typedef {{
 *   ready: Promise<void>;
 *   publish(scope: CacheScope): void;
 *   readonly connected: boolean;
 *   leave(): Promise<void>;
 * }} DatabaseBus
 */

/**
 * Joins the bus: listens for other processes' clears and, unless `register` is false, sends this
 * process's clears (everything cache-bus.mjs's `clearEverywhere`/`tellPeers` sends) as notifications.
 * `ready` resolves once listening (or never, while the database cannot be reached: do not wait on it
 * without a bound).
 * @param {{
 *   connectionString: string;
 *   clear?: (scope: CacheScope) => void;
 *   register?: boolean;
 *   log?: BusLog;
 *   retryDelaysMs?: number[];
 *   applicationName?: string;
 * }} options `clear`: how to empty this process's caches (default: every cache registered on the bus)
 * @returns {DatabaseBus}
 */
export function joinDatabaseBus({
  connectionString,
  clear = clearHere,
  register = true,
  log = () => {},
  retryDelaysMs = RETRY_DELAYS_MS,
  applicationName = "iro-portal-cache-bus",
}) {
  const origin = randomUUID();
  /** @type {pg.Client | undefined} the connection while it listens */
  let listening;
  /** @type {Set<CacheScope>} clears that could not be sent while the connection was down */
  const unsent = new Set();
  let failures = 0;
  let everConnected = false;
  let left = false;
  /** @type {NodeJS.Timeout | undefined} */
  let retryTimer;
  /** @type {() => void} */
  let markReady = () => {};
  /** @type {Promise<void>} */
  const ready = new Promise((resolve) => (markReady = resolve));

  /** @param {string | undefined} payload */
  function receive(payload) {
    let message;
    try {
      message = JSON.parse(payload ?? "");
    } catch {
      return;
    }
    if (message?.origin === origin || !isCacheScope(message?.scope)) return;
    clear(message.scope);
  }

  /** @param {pg.Client} client @param {CacheScope} scope */
  function notify(client, scope) {
    client.query("SELECT pg_notify($1, $2)", [CACHE_CHANNEL, JSON.stringify({ origin, scope })]).catch(() => {
      // The connection broke meanwhile: sent again once it is back.
      unsent.add(scope);
    });
  }

  /** @param {CacheScope} scope */
  function publish(scope) {
    if (listening) notify(listening, scope);
    else unsent.add(scope);
  }

  function scheduleRetry() {
    if (left || retryTimer) return;
    const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)] ?? 1000;
    failures++;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
    retryTimer.unref();
  }

  async function connect() {
    if (left) return;
    const client = new pg.Client({ connectionString, application_name: applicationName, keepAlive: true, connectionTimeoutMillis: 5000 });
    let lost = false;
    /** @param {unknown} [error] */
    const onLost = (error) => {
      if (lost) return;
      lost = true;
      if (listening === client) {
        listening = undefined;
        if (!left) log("warn", "cache bus: lost the database connection; reconnecting", { err: error instanceof Error ? error.message : undefined });
      }
      client.end().catch(() => {});
      scheduleRetry();
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (notification) => {
      if (notification.channel === CACHE_CHANNEL) receive(notification.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CACHE_CHANNEL}`);
    } catch (error) {
      onLost(error);
      return;
    }
    if (left || lost) {
      await client.end().catch(() => {});
      return;
    }
    listening = client;
    failures = 0;
    if (everConnected) {
      // Clears sent by others while this process was not listening are lost: start afresh.
      for (const scope of ALL_SCOPES) clear(scope);
      log("info", "cache bus: listening again; this process's caches were emptied");
    }
    everConnected = true;
    for (const scope of unsent) notify(client, scope);
    unsent.clear();
    markReady();
  }

  const removePeer = register ? addPeerChannel(publish) : () => {};
  void connect();

  return {
    ready,
    publish,
    get connected() {
      return listening !== undefined;
    },
    async leave() {
      left = true;
      removePeer();
      clearTimeout(retryTimer);
      const client = listening;
      listening = undefined;
      await client?.end().catch(() => {});
    },
  };
}
