import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { onClear } from "@/lib/cache/cache-bus.mjs";
import { CACHE_CHANNEL, joinDatabaseBus, type DatabaseBus } from "@/lib/cache/database-bus.mjs";
import { rereadCacheSetting, shortLivedCache } from "@/lib/cache/short-lived";
import { ask, startServer, writeStandIn, type RunningServer, type StandIn } from "../helpers/server-stand-in";

/**
 * Caches across instances (issue 14, item 5): a write on one instance empties the page cache and the
 * query caches of every other instance within a second, through PostgreSQL LISTEN/NOTIFY on one
 * connection per process, which comes back after a loss. Against this file's own database.
 */

const url = () => process.env.DATABASE_URL!;
const buses: DatabaseBus[] = [];
const cleanups: (() => void)[] = [];

afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.leave()));
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A bus that is not wired to this process's caches: what it hears is recorded instead. */
async function recordingBus(name: string) {
  const heard: string[] = [];
  const bus = joinDatabaseBus({ connectionString: url(), register: false, clear: (scope) => heard.push(scope), applicationName: name, retryDelaysMs: [50, 100] });
  buses.push(bus);
  await bus.ready;
  return { bus, heard };
}

async function until(condition: () => boolean, timeoutMs = 1000): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

async function terminateConnectionsOf(applicationName: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url() });
  await admin.connect();
  try {
    const result = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe("the database cache bus", () => {
  it("delivers a clear to the other processes within a second, not back to the sender", async () => {
    const a = await recordingBus("bus-test-a");
    const b = await recordingBus("bus-test-b");
    const c = await recordingBus("bus-test-c");
    a.bus.publish("pages");
    a.bus.publish("queries");
    expect(await until(() => b.heard.length === 2 && c.heard.length === 2)).toBeLessThan(1000);
    expect(b.heard).toEqual(["pages", "queries"]);
    expect(c.heard).toEqual(["pages", "queries"]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.heard).toEqual([]);
  });

  it("ignores notifications on its channel that are not clears", async () => {
    const b = await recordingBus("bus-test-foreign");
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    for (const payload of ["not json", "{}", JSON.stringify({ origin: "x", scope: "everything" }), JSON.stringify({ origin: "x", scope: "pages" })]) {
      await client.query("SELECT pg_notify($1, $2)", [CACHE_CHANNEL, payload]);
    }
    await client.end();
    await until(() => b.heard.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.heard).toEqual(["pages"]);
  });

  it("listens again after losing its connection, empties its own caches (it may have missed clears) and hears the next ones", async () => {
    const a = await recordingBus("bus-test-sender");
    const b = await recordingBus("bus-test-listener");
    expect(await terminateConnectionsOf("bus-test-listener")).toBe(1);
    // Back within the retry delays; its own caches emptied on return.
    await until(() => b.heard.length >= 2, 3000);
    expect(b.heard.sort()).toEqual(["pages", "queries"]);
    expect(b.bus.connected).toBe(true);
    b.heard.length = 0;
    a.bus.publish("pages");
    await until(() => b.heard.length === 1);
    expect(b.heard).toEqual(["pages"]);
  });

  it("sends the clears it could not send while its connection was down once it is back", async () => {
    const a = await recordingBus("bus-test-unsent");
    const b = await recordingBus("bus-test-receiver");
    expect(await terminateConnectionsOf("bus-test-unsent")).toBe(1);
    a.bus.publish("queries");
    await until(() => b.heard.includes("queries"), 3000);
  });

  it("wires the short-lived query caches both ways: a clear here is published, a clear from elsewhere empties them", async () => {
    const previous = process.env.PUBLIC_PAGE_CACHE_SECONDS;
    process.env.PUBLIC_PAGE_CACHE_SECONDS = "300";
    rereadCacheSetting();
    cleanups.push(() => {
      if (previous === undefined) delete process.env.PUBLIC_PAGE_CACHE_SECONDS;
      else process.env.PUBLIC_PAGE_CACHE_SECONDS = previous;
      rereadCacheSetting();
    });
    // This process's bus, as scripts/server.mjs joins it.
    const here = joinDatabaseBus({ connectionString: url(), applicationName: "bus-test-here" });
    buses.push(here);
    await here.ready;
    const elsewhere = await recordingBus("bus-test-elsewhere");

    const cache = shortLivedCache({ maxEntries: 10 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get("k", load)).toBe(1);
    expect(await cache.get("k", load)).toBe(1);

    cache.clear(); // a write in this process
    await until(() => elsewhere.heard.includes("queries"));

    expect(await cache.get("k", load)).toBe(2);
    let pagesCleared = 0;
    cleanups.push(onClear("pages", () => pagesCleared++));
    elsewhere.bus.publish("queries"); // a write on another instance
    elsewhere.bus.publish("pages");
    await until(() => pagesCleared === 1);
    expect(await cache.get("k", load)).toBe(3);
  });
});

describe("two separate instances of the production server (scripts/server.mjs, Next.js stood in for)", () => {
  let standIn: StandIn;
  const servers: RunningServer[] = [];

  beforeAll(() => {
    standIn = writeStandIn();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    standIn.remove();
  });

  it("a signed-in write on one empties the other's page cache and query caches within a second", { timeout: 30_000 }, async () => {
    const env = { DATABASE_URL: url(), PUBLIC_PAGE_CACHE_SECONDS: "300", LOG_LEVEL: "warn" };
    const [first, second] = await Promise.all([startServer(standIn, env), startServer(standIn, env)]);
    servers.push(first!, second!);
    const home = (server: RunningServer) => ask(server.port, "/", { headers: { accept: "text/html", "accept-language": "az" } });
    const state = async (server: RunningServer) => JSON.parse((await ask(server.port, "/state")).body) as { cleared: { pages: number; queries: number } };

    expect((await home(second!)).headers["x-page-cache"]).toBe("miss");
    expect((await home(second!)).headers["x-page-cache"]).toBe("hit");
    const before = await state(second!);

    // Any non-GET with a session cookie is a signed-in write, whatever the application answers.
    const write = await ask(first!.port, "/partners", { method: "POST", headers: { cookie: "next-auth.session-token=x" } });
    expect(write.status).toBe(404);
    const started = Date.now();
    let after = await state(second!);
    while (after.cleared.queries === before.cleared.queries && Date.now() - started < 1000) after = await state(second!);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(after.cleared.pages).toBeGreaterThan(before.cleared.pages);
    expect(after.cleared.queries).toBeGreaterThan(before.cleared.queries);
    expect((await home(second!)).headers["x-page-cache"]).toBe("miss");
  });
});
