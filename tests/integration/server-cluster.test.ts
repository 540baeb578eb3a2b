import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { get, request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The real production server (scripts/server.mjs with Next.js) with two processes, against this
 * file's throw-away database: both processes answer, and a signed-in write on one empties the public
 * page cache of the other too (relayed through the cluster's primary). Needs a production build: the
 * repository's `.next`, or the one in PORTAL_BUILD_DIR; skipped without one (CI builds later, for e2e).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD_DIR = path.resolve(process.env.PORTAL_BUILD_DIR ?? ROOT);
const built = existsSync(path.join(BUILD_DIR, ".next/BUILD_ID"));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

let port = 0;
let server: ChildProcess | undefined;
let dataDir = "";

/** A GET of the home page on a new connection (the primary hands each connection to the next process): its x-page-cache. */
function pageCacheOfHome(): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path: "/", agent: false, headers: { accept: "text/html", "accept-language": "en" } }, (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve(String(res.headers["x-page-cache"])) : reject(new Error(`HTTP ${res.statusCode}`))));
    }).on("error", reject);
  });
}

/** How many of `n` requests on new connections were rendered rather than served from a page cache. */
async function missesOf(n: number): Promise<number> {
  let misses = 0;
  for (let i = 0; i < n; i++) if ((await pageCacheOfHome()) === "miss") misses++;
  return misses;
}

describe.skipIf(!built)("the production server with two processes", () => {
  beforeAll(async () => {
    port = await freePort();
    dataDir = mkdtempSync(path.join(tmpdir(), "iro-server-cluster-"));
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/server.mjs"), "--port", String(port)], {
      cwd: BUILD_DIR,
      env: {
        ...process.env,
        NODE_ENV: "production",
        WEB_CONCURRENCY: "2",
        AUTH_SECRET: randomBytes(32).toString("base64"),
        APP_URL: `http://localhost:${port}`,
        JOBS_DISABLED: "true",
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        PUBLIC_PAGE_CACHE_SECONDS: "300",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server = child;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server was not ready within 45 s: ${output}`)), 45_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready on")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.once("exit", (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
    });
  }, 60_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs two worker processes, and both answer (each renders the page once for its own cache)", async () => {
    expect(childrenOf(server!.pid!)).toHaveLength(2);
    expect(await missesOf(8)).toBe(2);
    expect(await missesOf(4)).toBe(0);
  });

  it("a signed-in write on one process empties the page cache of both", async () => {
    await missesOf(4); // both caches hold the page
    // Any non-GET with a session cookie counts as a signed-in write, whatever the application answers.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/api/health", method: "POST", agent: false, headers: { cookie: "next-auth.session-token=x" } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBeGreaterThanOrEqual(400);
    // The relay is asynchronous (worker → primary → worker): give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await missesOf(8)).toBe(2);
  });
});
