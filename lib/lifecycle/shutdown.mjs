// @ts-check
/**
 * A server process's orderly stop (SIGTERM), shared by the HTTP server (scripts/server.mjs, which
 * drives it) and the application inside Next.js's bundle (which registers what must be closed and
 * reads whether the process is going away). The state lives on `globalThis` under a registered
 * symbol because the two sides load this file as separate module instances (as cache-bus.mjs does).
 *
 * Order of a stop: the process is marked as shutting down (readiness answers 503), the HTTP server
 * stops accepting and lets requests in flight finish up to a bound, then the registered closers run
 * one after the other, each within its own bound (job queue, cache bus, database pool), and the
 * process exits.
 */

const STATE = Symbol.for("iro-portal.shutdown");

/** @typedef {{ name: string; close: () => Promise<unknown> | unknown }} Closer */
/** @typedef {{ shuttingDown: boolean; closers: Closer[] }} ShutdownState */

/** @returns {ShutdownState} */
function state() {
  const holder = /** @type {Record<symbol, ShutdownState | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STATE] ??= { shuttingDown: false, closers: [] };
  return holder[STATE];
}

/** From now on readiness answers 503 (load balancers stop sending requests here). */
export function markShuttingDown() {
  state().shuttingDown = true;
}

export function isShuttingDown() {
  return state().shuttingDown;
}

/**
 * Registers something to close when the process stops; closers run in the order registered.
 * Returns a function that unregisters it.
 * @param {string} name for the log
 * @param {() => Promise<unknown> | unknown} close
 */
export function onShutdown(name, close) {
  const closer = { name, close };
  state().closers.push(closer);
  return () => {
    const closers = state().closers;
    const index = closers.indexOf(closer);
    if (index >= 0) closers.splice(index, 1);
  };
}

/**
 * Runs every registered closer once, in order, each within `timeoutMs`; one that fails or takes too
 * long is reported and the next one runs anyway. Resolves with what happened to each.
 * @param {{ timeoutMs?: number; log?: (level: "info" | "warn", message: string, details?: Record<string, unknown>) => void }} [options]
 * @returns {Promise<{ name: string; outcome: "closed" | "failed" | "timed out" }[]>}
 */
export async function runClosers({ timeoutMs = 5000, log = () => {} } = {}) {
  const closers = state().closers.splice(0);
  /** @type {{ name: string; outcome: "closed" | "failed" | "timed out" }[]} */
  const results = [];
  for (const { name, close } of closers) {
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timedOut = new Promise((resolve) => {
      // Kept referenced: it holds the process open while a closer waits on something that does not.
      timer = setTimeout(() => resolve("timed out"), timeoutMs);
    });
    const outcome = /** @type {"closed" | "failed" | "timed out"} */ (
      await Promise.race([
        Promise.resolve()
          .then(close)
          .then(
            () => "closed",
            (error) => {
              log("warn", `shutdown: closing the ${name} failed`, { err: error instanceof Error ? error.message : String(error) });
              return "failed";
            },
          ),
        timedOut,
      ])
    );
    clearTimeout(timer);
    if (outcome === "timed out") log("warn", `shutdown: closing the ${name} took longer than ${timeoutMs} ms; going on`);
    else if (outcome === "closed") log("info", `shutdown: ${name} closed`);
    results.push({ name, outcome });
  }
  return results;
}

/** Tests: back to a fresh process's state. */
export function resetShutdownState() {
  const s = state();
  s.shuttingDown = false;
  s.closers.length = 0;
}
