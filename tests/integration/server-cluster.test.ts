import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { get, request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, ensureInstitution } from "@/tests/helpers/factories";

/**
 * The real production server (scripts/server.mjs with Next.js) against this file's throw-away database:
 * - with two processes: both answer, and a signed-in write on one empties the public page cache of the
 *   other too (relayed through the cluster's primary);
 * - as two separate instances (two `npm start`s, one process each, as on two machines): a signed-in
 *   write on one empties the other's page cache within a second (PostgreSQL LISTEN/NOTIFY), both answer
 *   liveness and readiness and give every response a request id, and SIGTERM closes the job queue, the
 *   cache bus and the pool before exiting 0.
 * Needs a production build: the repository's `.next`, or the one in PORTAL_BUILD_DIR; skipped without
 * one (CI builds before this tier). The same server with Next.js stood in for, which needs no build:
 * tests/unit/server-lifecycle.test.ts and tests/integration/cache-bus-database.test.ts.
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

// An installed portal: an institution and an admin, so public pages are served rather than sent to
// the first-run setup page (which a database without an admin gets).
beforeAll(async () => {
  await ensureInstitution();
  await createUser({ role: "ADMIN" });
});

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

interface Instance {
  child: ChildProcess;
  port: number;
  output: () => string;
  closed: Promise<number | null>;
}

/** One `npm start`-like instance with one server process; resolves when it says it is ready. */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const instancePort = await freePort();
  const instanceDir = mkdtempSync(path.join(tmpdir(), "iro-server-instance-"));
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/server.mjs"), "--port", String(instancePort)], {
    cwd: BUILD_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      WEB_CONCURRENCY: "1",
      AUTH_SECRET: "the-same-secret-on-every-instance-0123456789",
      APP_URL: `http://localhost:${instancePort}`,
      JOBS_DISABLED: "true",
      DATA_DIR: instanceDir,
      LOG_LEVEL: "info",
      PUBLIC_PAGE_CACHE_SECONDS: "300",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const closed = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  void closed.then(() => rmSync(instanceDir, { recursive: true, force: true }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the instance was not ready within 45 s: ${output}`)), 45_000);
    child.stdout.on("data", () => {
      if (output.includes("Ready on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void closed.then((code) => reject(new Error(`the instance exited with ${code}: ${output}`)));
  });
  return { child, port: instancePort, output: () => output, closed };
}

function fetchFrom(instancePort: number, pathname: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: instancePort, path: pathname, method: init.method ?? "GET", agent: false, headers: init.headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.skipIf(!built)("two separate instances of the production server", () => {
  const instances: Instance[] = [];

  beforeAll(async () => {
    instances.push(...(await Promise.all([startInstance({}), startInstance({})])));
  }, 90_000);

  afterAll(async () => {
    for (const instance of instances) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGKILL");
      await instance.closed;
    }
  });

  it("answer liveness and readiness, and give every response a request id", async () => {
    for (const instance of instances) {
      const liveness = await fetchFrom(instance.port, "/api/health/live");
      expect(liveness.status).toBe(200);
      const readiness = await fetchFrom(instance.port, "/api/health/ready", { headers: { "x-request-id": "load-balancer-probe-1" } });
      expect(readiness.status).toBe(200);
      expect(JSON.parse(readiness.body)).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [] }, shuttingDown: false });
      expect(readiness.headers["x-request-id"]).toBe("load-balancer-probe-1");
      const home = await fetchFrom(instance.port, "/", { headers: { accept: "text/html" } });
      expect(home.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const access = instances[0]!
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{") && line.includes('"msg":"request"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(access).toContainEqual(expect.objectContaining({ method: "GET", path: "/", status: 200, requestId: expect.any(String), durationMs: expect.any(Number) }));
  });

  it("a signed-in write on one empties the other's page cache within a second (LISTEN/NOTIFY)", async () => {
    const [writer, reader] = instances as [Instance, Instance];
    const home = () => fetchFrom(reader.port, "/", { headers: { accept: "text/html", "accept-language": "en-GB,en;q=0.9" } });
    await home();
    expect((await home()).headers["x-page-cache"]).toBe("hit");
    const write = await fetchFrom(writer.port, "/api/health", { method: "POST", headers: { cookie: "next-auth.session-token=x" } });
    expect(write.status).toBeGreaterThanOrEqual(400);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await home()).headers["x-page-cache"]).toBe("miss");
  });

  it("SIGTERM: closes the job queue, the pool and the cache bus, then exits 0", { timeout: 30_000 }, async () => {
    const instance = instances[1]!;
    instance.child.kill("SIGTERM");
    expect(await instance.closed).toBe(0);
    const messages = instance
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => String((JSON.parse(line) as { msg?: unknown }).msg));
    expect(messages).toEqual(expect.arrayContaining(["shutdown: job queue closed", "shutdown: database pool closed", "shutdown: cache bus closed", "stopped"]));
  });
});
