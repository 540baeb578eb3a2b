// @ts-check
// The production HTTP server: Next.js's request handler behind the public page micro-cache
// (scripts/public-page-cache.mjs). Started by scripts/launch.ts (`npm start`, `npm run demo`, the
// e2e tests) and by the benchmark; plain JavaScript so it runs on bare Node without a loader.
//   node scripts/server.mjs --port 3000
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { acceptsGzip, cacheKeyOf, createPublicPageCache, isSignedInWrite } from "./public-page-cache.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } } });
const port = Number(values.port);
const ttlSeconds = Number(process.env.PUBLIC_PAGE_CACHE_SECONDS ?? "30");
if (!Number.isFinite(ttlSeconds) || ttlSeconds < 0) {
  console.error(`PUBLIC_PAGE_CACHE_SECONDS must be a number of seconds ≥ 0, got "${process.env.PUBLIC_PAGE_CACHE_SECONDS}".`);
  process.exit(1);
}

const app = next({ dev: false, port, hostname: values.hostname });
const handle = app.getRequestHandler();
await app.prepare();
const cache = createPublicPageCache({ ttlSeconds });

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
    // from the data as it was before the commit, is not kept).
    cache.clear();
    res.once("finish", () => cache.clear());
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

server.listen(port, values.hostname, () => {
  console.log(`Ready on http://${values.hostname ?? "localhost"}:${port} (public page cache: ${cache.enabled ? `${ttlSeconds} s` : "off"})`);
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
