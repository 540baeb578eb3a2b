// @ts-check
// The production HTTP server: Next.js's request handler behind the public page micro-cache
// (scripts/public-page-cache.mjs). Started by scripts/launch.ts (`npm start`, `npm run demo`, the
// e2e tests) and by the benchmark; plain JavaScript so it runs on bare Node without a loader.
//   node scripts/server.mjs --port 3000
// With more than one server process (WEB_CONCURRENCY / WORKERS, default one per core) this process
// becomes the primary of a Node.js cluster (scripts/cluster.mjs) and each worker runs `serve()`.
//
// Each server process also:
// - gives every request an id (the incoming `x-request-id` when valid, else a new one), answers it in
//   `x-request-id`, puts it on every log line of the request and writes one access log line
//   (lib/logging);
// - empties its caches when any process of any instance reports a write (lib/cache: the cluster's
//   primary relays between this machine's processes, PostgreSQL LISTEN/NOTIFY reaches every instance);
// - on SIGTERM (or SIGINT) stops accepting connections, answers readiness with 503, lets the requests
//   in flight finish for up to SHUTDOWN_TIMEOUT_MS, then stops the job queue, the cache bus and the
//   database pool (lib/lifecycle/shutdown.mjs) and exits 0;
// - sends OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set (lib/logging/tracing.mjs).
import cluster from "node:cluster";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { clearEverywhere, joinWorkerBus, onClear } from "../lib/cache/cache-bus.mjs";
import { cacheSecondsFrom } from "../lib/cache/cache-seconds.mjs";
import { joinDatabaseBus } from "../lib/cache/database-bus.mjs";
import { markShuttingDown, onShutdown, runClosers } from "../lib/lifecycle/shutdown.mjs";
import { logAccessWhenDone } from "../lib/logging/access-log.mjs";
import { createLogger } from "../lib/logging/create-logger.mjs";
import { REQUEST_ID_HEADER, requestIdFrom, runInRequestContext } from "../lib/logging/request-context.mjs";
import { startTracing } from "../lib/logging/tracing.mjs";
import { ensurePortFree, listenErrorMessage, runPrimary, shutdownTimeoutFrom, workerCount } from "./cluster.mjs";
import { acceptsGzip, cacheKeyOf, createPublicPageCache, isSignedInWrite } from "./public-page-cache.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } } });
const port = Number(values.port);

/** @param {string} message @returns {never} */
function cannotStart(message) {
  console.error(`\nThe portal cannot start: ${message}\n`);
  process.exit(1);
}

const cacheSeconds = cacheSecondsFrom(process.env);
if (cacheSeconds.error !== undefined) cannotStart(cacheSeconds.error);
const ttlSeconds = cacheSeconds.seconds;
const shutdownTimeout = shutdownTimeoutFrom(process.env);
if (shutdownTimeout.error !== undefined) cannotStart(shutdownTimeout.error);
const processes = workerCount();
if (processes.error !== undefined) cannotStart(processes.error);
// Sessions are signed with it: a generated one would differ between instances and change on a new
// machine, signing everyone out (scripts/launch.ts generates one for local runs only).
if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET?.trim()) {
  cannotStart(
    "AUTH_SECRET is not set. In production every instance needs the same secret of at least 32 characters: " +
      "generate one with `openssl rand -base64 32` and set it in the environment of every instance.",
  );
}
const cacheLabel = ttlSeconds > 0 ? `${ttlSeconds} s` : "off";
const address = `http://${values.hostname ?? "localhost"}:${port}`;

// A taken port fails here, in a second, not after Next.js has started (or in every worker).
if (cluster.isPrimary) await ensurePortFree(port, values.hostname).catch((error) => cannotStart(error.message));

if (cluster.isPrimary && processes.workers > 1) {
  runPrimary({
    workers: processes.workers,
    stopTimeoutMs: shutdownTimeout.ms + 20_000,
    onReady: () => console.log(`Ready on ${address} (${processes.workers} server processes; public page cache: ${cacheLabel})`),
  });
} else {
  await serve();
}

async function serve() {
  const logger = createLogger();
  /** @type {import("node:http").Server | undefined} */
  let server;
  /** @type {Set<import("node:http").ServerResponse>} */
  const inFlight = new Set();
  let closing = false;

  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, () => void shutdown(signal));
  }

  const tracing = await startTracing().catch((error) => {
    logger.error({ err: error }, "OpenTelemetry could not start: serving without traces");
    return undefined;
  });
  const { default: next } = await import("next");
  const app = next({ dev: false, port, hostname: values.hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = createPublicPageCache({ ttlSeconds });
  onClear("pages", () => cache.clear());
  // In a cluster: this process's clears go to the other workers and theirs come here.
  if (cluster.isWorker) joinWorkerBus(process);
  // Every process of every instance: clears through PostgreSQL (not needed when nothing is cached).
  if (cache.enabled && process.env.DATABASE_URL) {
    const databaseBus = joinDatabaseBus({
      connectionString: process.env.DATABASE_URL,
      log: (level, message, details) => logger[level](details ?? {}, message),
    });
    onShutdown("cache bus", () => databaseBus.leave());
    // Listening before serving, so no write elsewhere goes unheard; bounded, as the database may be slow.
    let timer;
    const listening = await Promise.race([databaseBus.ready.then(() => true), new Promise((resolve) => (timer = setTimeout(resolve, 5000, false)))]);
    clearTimeout(timer);
    if (!listening) logger.warn("cache bus: not listening yet (database slow or unreachable); retrying in the background");
  }

  /** After a signed-in user's write every process of every instance may hold stale pages and query results. */
  function emptyCachesEverywhere() {
    clearEverywhere("pages");
    clearEverywhere("queries");
  }

  /**
   * Passes the request to Next.js and, when it qualifies, keeps the response bytes as sent
   * (compressed or not) by recording what is written to the response.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {string} key
   */
  function renderAndKeep(req, res, key) {
    /** @type {Buffer[]} */
    const chunks = [];
    let failed = false;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    /** @param {unknown} chunk @param {unknown} encoding */
    const record = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
      else failed = true;
    };
    res.write = /** @type {typeof res.write} */ ((chunk, ...rest) => {
      record(chunk, rest[0]);
      return write(chunk, ...(/** @type {[any]} */ (rest)));
    });
    res.end = /** @type {typeof res.end} */ ((chunk, ...rest) => {
      record(chunk, rest[0]);
      return end(chunk, ...(/** @type {[any]} */ (rest)));
    });
    res.once("finish", () => {
      if (failed) return;
      cache.set(key, { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
    });
    res.setHeader("x-page-cache", "miss");
    return handle(req, res);
  }

  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function route(req, res) {
    if (!cache.enabled) return void handle(req, res);
    if (isSignedInWrite(req)) {
      // Before (nothing stale is served while the write runs) and after it (a page rendered meanwhile,
      // from the data as it was before the commit, is not kept); in every process of every instance.
      clearEverywhere("pages");
      res.once("finish", emptyCachesEverywhere);
    }
    const key = cacheKeyOf(req);
    if (key === null) return void handle(req, res);
    const hit = cache.get(key);
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, "content-length": hit.body.length, "x-page-cache": "hit" });
      res.end(hit.body);
      return;
    }
    // Two variants only (gzip or none), so Next.js's compression never picks a third one.
    if (acceptsGzip(req)) req.headers["accept-encoding"] = "gzip";
    else delete req.headers["accept-encoding"];
    void renderAndKeep(req, res, key);
  }

  server = createServer((req, res) => {
    const context = { requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]) };
    // The application reads it from the request (e.g. instrumentation.ts's error log), the client from the response.
    req.headers[REQUEST_ID_HEADER] = context.requestId;
    res.setHeader(REQUEST_ID_HEADER, context.requestId);
    // The connection's own address, for sign-in limits and the audit log (lib/auth/client-ip.ts): Next.js
    // gives route code no other way to read it. Overwritten on every request, so a client cannot set it.
    req.headers["x-portal-socket-address"] = req.socket.remoteAddress ?? "";
    logAccessWhenDone(logger, req, res, context);
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    // While stopping, a request that still arrives on an open connection is served, and the connection closed.
    if (closing) res.setHeader("connection", "close");
    runInRequestContext(context, () => route(req, res));
  });

  let listening = false;
  server.on("error", (error) => {
    // Before listening this is a start-up failure (typically the port taken since the check above):
    // stop instead of running on without an HTTP server.
    if (!listening) cannotStart(listenErrorMessage(error, port));
    logger.error({ err: error }, "HTTP server error");
  });
  server.listen(port, values.hostname, () => {
    listening = true;
    // In a cluster the primary says when every worker is ready.
    if (!cluster.isWorker) console.log(`Ready on ${address} (public page cache: ${cacheLabel})`);
  });

  /** @param {NodeJS.Signals} signal */
  async function shutdown(signal) {
    // The terminal and the launcher (or the cluster's primary) may both send it: once is enough.
    if (closing) return;
    closing = true;
    markShuttingDown();
    if (!server || !listening) {
      // Still starting: nothing is served yet, so nothing to finish.
      process.exit(0);
    }
    logger.info({ signal, inFlight: inFlight.size, timeoutMs: shutdownTimeout.ms }, "stopping: no new connections; finishing the requests in flight");
    server.close();
    server.closeIdleConnections();
    for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
    const finished = await allFinished(inFlight, shutdownTimeout.ms);
    if (!finished) logger.warn({ unfinished: inFlight.size }, `stopping: requests still running after ${shutdownTimeout.ms} ms (SHUTDOWN_TIMEOUT_MS) are cut off`);
    server.closeAllConnections();
    // Job queue and database pool (registered by lib/db/startup.ts), cache bus.
    await runClosers({ timeoutMs: 5000, log: (level, message, details) => logger[level](details ?? {}, message) });
    await tracing?.shutdown().catch(() => {});
    logger.info("stopped");
    process.exit(0);
  }
}

/**
 * Not unref'd on purpose: while stopping, a pending timer is what keeps the process alive once the
 * last connection has closed, so that the closers still run.
 * @param {number} ms
 */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves true once every response in `responses` has closed, false after `timeoutMs`.
 * @param {Set<import("node:http").ServerResponse>} responses
 * @param {number} timeoutMs
 */
async function allFinished(responses, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (responses.size > 0) {
    if (Date.now() >= deadline) return false;
    await delay(Math.min(50, deadline - Date.now()));
  }
  return true;
}
