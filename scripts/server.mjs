// @ts-check
// The production HTTP server: Next.js's request handler behind the public page micro-cache
// (scripts/public-page-cache.mjs). Started by scripts/launch.ts (`npm start`, `npm run demo`, the
// e2e tests) and by the benchmark; plain JavaScript so it runs on bare Node without a loader.
//   node scripts/server.mjs --port 3000
// With more than one server process (WEB_CONCURRENCY / WORKERS, default one per core) this process
// becomes the primary of a Node.js cluster (scripts/cluster.mjs) and each worker runs `serve()`.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { clearEverywhere, joinWorkerBus, onClear } from "../lib/cache/cache-bus.mjs";
import { ensurePortFree, listenErrorMessage, runPrimary, workerCount } from "./cluster.mjs";
import { acceptsGzip, cacheKeyOf, createPublicPageCache, isSignedInWrite } from "./public-page-cache.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } } });
const port = Number(values.port);
const ttlSeconds = Number(process.env.PUBLIC_PAGE_CACHE_SECONDS ?? "30");

/** @param {string} message @returns {never} */
function cannotStart(message) {
  console.error(`\nThe portal cannot start: ${message}\n`);
  process.exit(1);
}

if (!Number.isFinite(ttlSeconds) || ttlSeconds < 0) {
  cannotStart(`PUBLIC_PAGE_CACHE_SECONDS must be a number of seconds ≥ 0, got "${process.env.PUBLIC_PAGE_CACHE_SECONDS}".`);
}
const processes = workerCount();
if (processes.error !== undefined) cannotStart(processes.error);
const cacheLabel = ttlSeconds > 0 ? `${ttlSeconds} s` : "off";
const address = `http://${values.hostname ?? "localhost"}:${port}`;

// A taken port fails here, in a second, not after Next.js has started (or in every worker).
if (cluster.isPrimary) await ensurePortFree(port, values.hostname).catch((error) => cannotStart(error.message));

if (cluster.isPrimary && processes.workers > 1) {
  runPrimary({
    workers: processes.workers,
    onReady: () => console.log(`Ready on ${address} (${processes.workers} server processes; public page cache: ${cacheLabel})`),
  });
} else {
  await serve();
}

async function serve() {
  const { default: next } = await import("next");
  const app = next({ dev: false, port, hostname: values.hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = createPublicPageCache({ ttlSeconds });
  onClear("pages", () => cache.clear());
  // In a cluster: this process's clears go to the other workers and theirs come here.
  if (cluster.isWorker) joinWorkerBus(process);

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

  const server = createServer((req, res) => {
    // The connection's own address, for sign-in limits and the audit log (lib/auth/client-ip.ts): Next.js
    // gives route code no other way to read it. Overwritten on every request, so a client cannot set it.
    req.headers["x-portal-socket-address"] = req.socket.remoteAddress ?? "";
    if (!cache.enabled) return void handle(req, res);
    if (isSignedInWrite(req)) {
      // Before (nothing stale is served while the write runs) and after it (a page rendered meanwhile,
      // from the data as it was before the commit, is not kept); in every server process.
      clearEverywhere("pages");
      res.once("finish", () => clearEverywhere("pages"));
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
  });

  let listening = false;
  server.on("error", (error) => {
    // Before listening this is a start-up failure (typically the port taken since the check above):
    // stop instead of running on without an HTTP server.
    if (!listening) cannotStart(listenErrorMessage(error, port));
    console.error(error);
  });
  server.listen(port, values.hostname, () => {
    listening = true;
    // In a cluster the primary says when every worker is ready.
    if (!cluster.isWorker) console.log(`Ready on ${address} (public page cache: ${cacheLabel})`);
  });

  let closing = false;
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, () => {
      // The terminal and the launcher (or the cluster's primary) may both send it: once is enough.
      if (closing) return;
      closing = true;
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}
