// @ts-check
/**
 * Serving with every core: scripts/server.mjs runs as the primary of a Node.js cluster that forks
 * one server process (worker) per core; the workers share the listening port (the primary hands
 * out connections in turn). Migrations and the embedded PostgreSQL are taken care of before the
 * primary starts (scripts/launch.ts), so the workers start straight away.
 *
 * - Background jobs run in worker 1 only (the others start with JOBS_DISABLED=true), so one process
 *   per machine keeps the job queue's schedules; a replacement of worker 1 takes the role over.
 * - The primary relays cache clears between the workers (lib/cache/cache-bus.mjs).
 * - A worker that stops before it ever listened is a start-up failure (port in use, configuration,
 *   migration): the primary stops the others and exits with its code. A worker that stops later is
 *   replaced, unless that keeps happening (more than MAX_RESTARTS a minute).
 * - On SIGTERM or SIGINT the primary passes the signal on to every worker, which finishes its requests
 *   in flight and closes what it holds (scripts/server.mjs), and exits once they all have; a worker
 *   still running after `stopTimeoutMs` is killed.
 */
import cluster from "node:cluster";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import { relayBetweenWorkers } from "../lib/cache/cache-bus.mjs";

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** How long the primary waits for stopping workers before it kills them (they finish their requests first). */
const STOP_TIMEOUT_MS = 30_000;
/** SHUTDOWN_TIMEOUT_MS's default: how long a stopping server process lets requests in flight finish. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * SHUTDOWN_TIMEOUT_MS: on SIGTERM, how long requests in flight may take to finish (0 to 10 minutes).
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ ms: number, error?: undefined } | { error: string, ms?: undefined }}
 */
export function shutdownTimeoutFrom(env = process.env) {
  const raw = env.SHUTDOWN_TIMEOUT_MS;
  if (raw === undefined || raw.trim() === "") return { ms: DEFAULT_SHUTDOWN_TIMEOUT_MS };
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000) {
    return { error: `SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds from 0 to 600000, got "${raw}".` };
  }
  return { ms };
}

/**
 * How many server processes to run: WEB_CONCURRENCY, else WORKERS, else one per core. 1 serves
 * from a single process without a cluster, as before.
 * @param {Record<string, string | undefined>} [env]
 * @param {number} [cores]
 * @returns {{ workers: number, error?: undefined } | { error: string, workers?: undefined }}
 */
export function workerCount(env = process.env, cores = availableParallelism()) {
  for (const name of ["WEB_CONCURRENCY", "WORKERS"]) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 64) {
      return { error: `${name} must be a whole number of server processes from 1 to 64, got "${raw}".` };
    }
    return { workers: value };
  }
  return { workers: Math.max(1, cores) };
}

/**
 * What to tell the operator when the server cannot listen.
 * @param {unknown} error
 * @param {number} port
 */
export function listenErrorMessage(error, port) {
  const code = /** @type {{ code?: unknown }} */ (error ?? {}).code;
  if (code === "EADDRINUSE") {
    return `port ${port} is already in use: another program (perhaps another copy of the portal) is listening on it. Stop it, or choose another port with --port or PORT.`;
  }
  if (code === "EACCES") return `port ${port} needs privileges this user does not have: use a port above 1023 (--port or PORT).`;
  return `cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Resolves when the port can be listened on, rejects with listenErrorMessage otherwise. Checked
 * before the slow part of the start (embedded database, Next.js) so that a taken port fails at once.
 * @param {number} port
 * @param {string} [hostname]
 * @returns {Promise<void>}
 */
export function ensurePortFree(port, hostname) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error) => reject(new Error(listenErrorMessage(error, port))));
    probe.listen({ port, host: hostname, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/**
 * Runs the cluster's primary: forks `workers` server processes and supervises them.
 * @param {{
 *   workers: number;
 *   exec?: string;
 *   args?: string[];
 *   onReady?: () => void;
 *   log?: (message: string) => void;
 *   exit?: (code: number) => void;
 *   stopTimeoutMs?: number;
 * }} options `exec`/`args`: the worker's script (default: this process's own script and arguments)
 */
export function runPrimary({
  workers,
  exec,
  args,
  onReady = () => {},
  log = (message) => console.error(message),
  exit = (code) => process.exit(code),
  stopTimeoutMs = STOP_TIMEOUT_MS,
}) {
  if (exec) cluster.setupPrimary({ exec, args: args ?? [] });
  relayBetweenWorkers(cluster);

  /** @type {Map<number, number>} cluster worker id → slot (1…workers) */
  const slotOf = new Map();
  /** @type {Set<number>} ids of workers that have listened */
  const listened = new Set();
  /** @type {number[]} */
  const restarts = [];
  let up = false;
  let stopping = false;
  let exitCode = 0;

  /** @param {number} slot */
  const fork = (slot) => {
    const worker = cluster.fork({ PORTAL_WORKER: String(slot), ...(slot === 1 ? {} : { JOBS_DISABLED: "true" }) });
    slotOf.set(worker.id, slot);
    // A message to a worker that is stopping (its IPC channel already closed) fails with an 'error'
    // event; unheard, it would crash the primary and every other worker with it. Its 'exit' follows.
    worker.on("error", (error) => log(`Server process ${slot} (pid ${worker.process.pid}): ${error.message}`));
  };

  const live = () => Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);

  /** @param {number} code @param {NodeJS.Signals} [signal] */
  const stop = (code, signal = "SIGTERM") => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (live().length === 0) return exit(exitCode);
    for (const worker of live()) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of live()) worker.process.kill("SIGKILL");
      exit(exitCode);
    }, stopTimeoutMs).unref();
  };

  cluster.on("listening", (worker) => {
    listened.add(worker.id);
    if (!up && listened.size >= workers) {
      up = true;
      onReady();
    }
  });

  cluster.on("exit", (worker, code, signal) => {
    const slot = slotOf.get(worker.id) ?? 0;
    slotOf.delete(worker.id);
    listened.delete(worker.id);
    if (stopping) {
      if (live().length === 0) exit(exitCode);
      return;
    }
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    if (!up) {
      log(`The portal cannot start: server process ${slot} (pid ${worker.process.pid}) stopped before serving (${how}); stopping the others.`);
      return stop(code && code > 0 ? code : 1);
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && /** @type {number} */ (restarts[0]) < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS) {
      log(`Server processes keep stopping (${restarts.length} in the last minute, last: ${how}); giving up.`);
      return stop(1);
    }
    log(`Server process ${slot} (pid ${worker.process.pid}) stopped (${how}); starting a new one.`);
    fork(slot);
  });

  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => stop(0, signal));

  for (let slot = 1; slot <= workers; slot++) fork(slot);
}
