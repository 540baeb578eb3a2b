import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { EventEmitter } from "node:events";
import { clearEverywhere, clearHere, CLEAR_MESSAGE, isClearMessage, joinWorkerBus, onClear, tellPeers } from "@/lib/cache/cache-bus.mjs";
import { rereadCacheSetting, shortLivedCache } from "@/lib/cache/short-lived";
import { cacheSecondsFrom } from "@/lib/cache/cache-seconds.mjs";
import { listenErrorMessage, shutdownTimeoutFrom, workerCount } from "@/scripts/cluster.mjs";

/**
 * The cluster that `npm start` runs (scripts/cluster.mjs) with small stand-in workers instead of
 * Next.js, so it takes a second: real forks, the real shared port and the real cache relay.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const moduleUrl = (file: string) => pathToFileURL(path.join(ROOT, file)).href;

let dir: string;
let workerFile: string;
let primaryFile: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "iro-cluster-test-"));
  workerFile = path.join(dir, "worker.mjs");
  primaryFile = path.join(dir, "primary.mjs");
  // A worker: answers who it is and how often each of its caches was emptied; /clear is a write.
  writeFileSync(
    workerFile,
    `import { createServer } from "node:http";
     import { clearEverywhere, joinWorkerBus, onClear } from ${JSON.stringify(moduleUrl("lib/cache/cache-bus.mjs"))};
     if (process.env.FAIL_AT_START === process.env.PORTAL_WORKER) process.exit(3);
     joinWorkerBus(process);
     const cleared = { pages: 0, queries: 0 };
     onClear("pages", () => cleared.pages++);
     onClear("queries", () => cleared.queries++);
     createServer((req, res) => {
       if (req.url === "/clear") clearEverywhere("pages");
       res.setHeader("connection", "close");
       res.end(JSON.stringify({ pid: process.pid, slot: process.env.PORTAL_WORKER, jobsDisabled: process.env.JOBS_DISABLED ?? null, cleared }));
     }).listen(Number(process.env.FIXTURE_PORT));`,
  );
  writeFileSync(
    primaryFile,
    `import { runPrimary } from ${JSON.stringify(moduleUrl("scripts/cluster.mjs"))};
     runPrimary({ workers: 2, exec: ${JSON.stringify(workerFile)}, onReady: () => console.log("READY") });`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  pid: number;
  slot: string;
  jobsDisabled: string | null;
  cleared: { pages: number; queries: number };
}

/** One request on a new connection: the primary hands each connection to the next worker. */
function ask(port: number, url = "/"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path: url, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body) as Answer));
    }).on("error", reject);
  });
}

/** Asks until `accept` takes an answer (at most 40 requests). */
async function askUntil(port: number, accept: (answer: Answer) => boolean): Promise<Answer> {
  for (let i = 0; i < 40; i++) {
    const answer = await ask(port);
    if (accept(answer)) return answer;
  }
  throw new Error("no worker gave the expected answer within 40 requests");
}

let primary: ChildProcess | undefined;
let output = "";

async function startPrimary(port: number, env: Record<string, string> = {}): Promise<{ ready: boolean; code: number | null }> {
  output = "";
  const child = spawn(process.execPath, [primaryFile], { env: { ...process.env, FIXTURE_PORT: String(port), ...env }, stdio: ["ignore", "pipe", "pipe"] });
  primary = child;
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.stdout.on("data", () => {
      if (output.includes("READY")) resolve({ ready: true, code: null });
    });
    child.once("exit", (code) => resolve({ ready: false, code }));
  });
}

afterEach(async () => {
  if (primary && primary.exitCode === null && primary.signalCode === null) {
    const exited = new Promise((resolve) => primary!.once("exit", resolve));
    primary.kill("SIGTERM");
    await exited;
  }
  primary = undefined;
});

describe("the cluster of server processes", () => {
  it("answers from two worker processes; only worker 1 runs the background jobs", { timeout: 20_000 }, async () => {
    const port = await freePort();
    expect((await startPrimary(port)).ready).toBe(true);
    const first = await ask(port);
    const second = await askUntil(port, (answer) => answer.pid !== first.pid);
    const bySlot = Object.fromEntries([first, second].map((answer) => [answer.slot, answer]));
    expect(Object.keys(bySlot).sort()).toEqual(["1", "2"]);
    expect(bySlot["1"]!.jobsDisabled).toBeNull();
    expect(bySlot["2"]!.jobsDisabled).toBe("true");
  });

  it("relays a cache clear from one worker to the other", { timeout: 20_000 }, async () => {
    const port = await freePort();
    expect((await startPrimary(port)).ready).toBe(true);
    const writer = await ask(port, "/clear");
    expect(writer.cleared.pages).toBe(1);
    // The other process heard of it through the primary (IPC may take a moment: asked until it has).
    const other = await askUntil(port, (answer) => answer.pid !== writer.pid && answer.cleared.pages > 0);
    expect(other.cleared).toEqual({ pages: 1, queries: 0 });
  });

  it("replaces a worker that dies; the replacement of worker 1 keeps the jobs", { timeout: 20_000 }, async () => {
    const port = await freePort();
    expect((await startPrimary(port)).ready).toBe(true);
    const jobs = await askUntil(port, (answer) => answer.slot === "1");
    process.kill(jobs.pid, "SIGKILL");
    const replacement = await (async () => {
      for (let i = 0; i < 50; i++) {
        const answer = await ask(port).catch(() => undefined);
        if (answer && answer.slot === "1" && answer.pid !== jobs.pid) return answer;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`worker 1 was not replaced; primary said: ${output}`);
    })();
    expect(replacement.jobsDisabled).toBeNull();
    expect(output).toMatch(/Server process 1 \(pid \d+\) stopped \(signal SIGKILL\); starting a new one/);
  });

  it("exits non-zero when a worker cannot start, instead of serving with fewer", { timeout: 20_000 }, async () => {
    const port = await freePort();
    const result = await startPrimary(port, { FAIL_AT_START: "2" });
    expect(result.ready).toBe(false);
    expect(result.code, output).toBe(3);
    expect(output).toMatch(/The portal cannot start: server process 2 \(pid \d+\) stopped before serving \(exit code 3\)/);
  });
});

describe("the cache bus in one process", () => {
  it("clears the caches of a kind here; nothing is sent outside a cluster", () => {
    let pages = 0;
    let queries = 0;
    const offPages = onClear("pages", () => pages++);
    const offQueries = onClear("queries", () => queries++);
    clearHere("pages");
    clearEverywhere("queries");
    tellPeers("pages"); // no primary to tell: nothing happens
    expect({ pages, queries }).toEqual({ pages: 1, queries: 1 });
    offPages();
    offQueries();
    clearHere("pages");
    expect(pages).toBe(1);
  });

  it("a short-lived query cache tells the other processes when it is cleared, and empties on their word", async () => {
    const primary = Object.assign(new EventEmitter(), { sent: [] as unknown[], send: (message: unknown) => void primary.sent.push(message) });
    const leave = joinWorkerBus(primary);
    try {
      const cache = shortLivedCache({ ttlMs: 60_000, maxEntries: 10 });
      let loads = 0;
      const load = async () => ++loads;
      expect(await cache.get("k", load)).toBe(1);
      expect(await cache.get("k", load)).toBe(1);
      cache.clear();
      expect(primary.sent).toEqual([{ type: CLEAR_MESSAGE, scope: "queries" }]);
      expect(await cache.get("k", load)).toBe(2);
      // Another process's write, relayed by the primary.
      primary.emit("message", { type: CLEAR_MESSAGE, scope: "queries" });
      expect(await cache.get("k", load)).toBe(3);
      primary.emit("message", { type: CLEAR_MESSAGE, scope: "pages" });
      expect(await cache.get("k", load)).toBe(3);
      expect(primary.sent).toHaveLength(1); // a relayed clear is not sent back
    } finally {
      leave();
    }
  });

  it("a short-lived query cache lives PUBLIC_PAGE_CACHE_SECONDS at most, and 0 turns it off", async () => {
    const previous = process.env.PUBLIC_PAGE_CACHE_SECONDS;
    const load = (() => {
      let loads = 0;
      return async () => ++loads;
    })();
    try {
      process.env.PUBLIC_PAGE_CACHE_SECONDS = "0";
      rereadCacheSetting();
      const off = shortLivedCache({ ttlMs: 60_000, maxEntries: 10 });
      expect([await off.get("k", load), await off.get("k", load)]).toEqual([1, 2]);

      process.env.PUBLIC_PAGE_CACHE_SECONDS = "1";
      rereadCacheSetting();
      const now = vi.spyOn(Date, "now").mockReturnValue(1_000_000);
      const capped = shortLivedCache({ ttlMs: 60_000, maxEntries: 10 });
      expect(await capped.get("k", load)).toBe(3);
      now.mockReturnValue(1_000_999);
      expect(await capped.get("k", load)).toBe(3);
      now.mockReturnValue(1_001_000); // the setting's 1 s, not the cache's own 60 s
      expect(await capped.get("k", load)).toBe(4);
      now.mockRestore();
    } finally {
      if (previous === undefined) delete process.env.PUBLIC_PAGE_CACHE_SECONDS;
      else process.env.PUBLIC_PAGE_CACHE_SECONDS = previous;
      rereadCacheSetting();
    }
  });

  it("knows its own messages only", () => {
    expect(isClearMessage({ type: CLEAR_MESSAGE, scope: "pages" })).toBe(true);
    expect(isClearMessage({ type: CLEAR_MESSAGE, scope: "everything" })).toBe(false);
    expect(isClearMessage({ type: "other", scope: "pages" })).toBe(false);
    expect(isClearMessage("clear")).toBe(false);
  });
});

describe("how many server processes", () => {
  it("uses every core by default; WEB_CONCURRENCY, else WORKERS, overrides", () => {
    expect(workerCount({}, 4)).toEqual({ workers: 4 });
    expect(workerCount({ WEB_CONCURRENCY: "1" }, 4)).toEqual({ workers: 1 });
    expect(workerCount({ WORKERS: "3" }, 4)).toEqual({ workers: 3 });
    expect(workerCount({ WEB_CONCURRENCY: "2", WORKERS: "3" }, 4)).toEqual({ workers: 2 });
    expect(workerCount({ WEB_CONCURRENCY: " " }, 2)).toEqual({ workers: 2 });
  });

  it("refuses a count that is not a whole number from 1 to 64, naming the variable", () => {
    for (const bad of ["0", "-1", "1.5", "two", "65"]) {
      expect(workerCount({ WORKERS: bad }, 2).error).toMatch(/^WORKERS must be a whole number/);
    }
  });

  it("reads how long a stop may wait for requests in flight (SHUTDOWN_TIMEOUT_MS) and the cache lifetime", () => {
    expect(shutdownTimeoutFrom({})).toEqual({ ms: 10_000 });
    expect(shutdownTimeoutFrom({ SHUTDOWN_TIMEOUT_MS: "25000" })).toEqual({ ms: 25_000 });
    for (const bad of ["-1", "1.5", "soon", "600001"]) expect(shutdownTimeoutFrom({ SHUTDOWN_TIMEOUT_MS: bad }).error).toMatch(/^SHUTDOWN_TIMEOUT_MS must be/);
    expect(cacheSecondsFrom({})).toEqual({ seconds: 30 });
    expect(cacheSecondsFrom({ PUBLIC_PAGE_CACHE_SECONDS: "0" })).toEqual({ seconds: 0 });
    expect(cacheSecondsFrom({ PUBLIC_PAGE_CACHE_SECONDS: "x" }).error).toMatch(/^PUBLIC_PAGE_CACHE_SECONDS must be/);
  });

  it("says what to do about a taken port", () => {
    expect(listenErrorMessage(Object.assign(new Error("x"), { code: "EADDRINUSE" }), 3000)).toMatch(/port 3000 is already in use.*--port or PORT/);
    expect(listenErrorMessage(Object.assign(new Error("x"), { code: "EACCES" }), 80)).toMatch(/port 80 needs privileges/);
  });
});
