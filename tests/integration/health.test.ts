import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { GET } from "@/app/api/health/route";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { checkHealth } from "@/lib/db/health";
import { readMigrations } from "@/lib/db/migrator";
import { forgetMigrationCheck } from "@/lib/db/readiness";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { markShuttingDown, resetShutdownState } from "@/lib/lifecycle/shutdown.mjs";

afterEach(() => {
  resetShutdownState();
  forgetMigrationCheck();
});

/** Connections to this file's database, from a separate admin connection (not counted). */
async function connectionsToTestDatabase(): Promise<number> {
  const admin = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await admin.connect();
  try {
    const name = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    const result = await admin.query<{ count: string }>("SELECT count(*) FROM pg_stat_activity WHERE datname = $1", [name]);
    return Number(result.rows[0]!.count);
  } finally {
    await admin.end();
  }
}

describe("GET /api/health (the readiness check under its first address)", () => {
  it("answers 200 for a reachable, fully migrated database", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [] }, shuttingDown: false });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("names the pending migrations of a database that is behind", async () => {
    // A new, empty database (the maintenance database may have been migrated by someone's tool).
    const name = `iro_health_empty_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const empty = new URL(inject("adminDatabaseUrl"));
      empty.pathname = `/${name}`;
      const report = await checkHealth(empty.toString());
      expect(report.status).toBe("unavailable");
      expect(report.migrations.pending).toEqual((await readMigrations()).map((m) => m.name));
    } finally {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it("reports an unreachable database without details", async () => {
    const report = await checkHealth("postgres://nobody:secret@127.0.0.1:1/none");
    expect(report).toEqual({ status: "unavailable", database: { reachable: false, latencyMs: null }, migrations: { pending: null } });
  });
});

describe("GET /api/health/live", () => {
  it("answers 200 whenever the process answers, even while it stops", async () => {
    markShuttingDown();
    const response = live();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/health/ready", () => {
  it("answers 200 through the application's pool: no new database connection per probe", async () => {
    expect((await ready()).status).toBe(200); // the pool has its connection now
    const before = await connectionsToTestDatabase();
    for (let i = 0; i < 20; i++) expect((await ready()).status).toBe(200);
    expect(await connectionsToTestDatabase()).toBe(before);
  });

  it("compares the migrations until they are all applied, then no more (a new build starts new processes)", async () => {
    const [latest] = (await readMigrations()).map((m) => m.name).slice(-1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const row = await admin.query(`SELECT * FROM "_prisma_migrations" WHERE migration_name = $1`, [latest]);
      await admin.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [latest]);
      try {
        let response = await ready();
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ status: "unavailable", database: { reachable: true }, migrations: { pending: [latest] } });
        await admin.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          Object.values(row.rows[0] as Record<string, unknown>),
        );
        response = await ready();
        expect(response.status).toBe(200);
        // Found applied: not asked again, even if the table changed under it.
        await admin.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`, [latest]);
        expect((await ready()).status).toBe(200);
        forgetMigrationCheck();
        expect((await ready()).status).toBe(503);
      } finally {
        await admin.query(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = $1`, [latest]);
      }
    } finally {
      await admin.end();
    }
  });

  it("answers 503 without touching the database once the process is stopping (SIGTERM)", async () => {
    markShuttingDown();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: { reachable: null, latencyMs: null }, migrations: { pending: null }, fileStore: null, shuttingDown: true });
  });

  it("answers 503 when the database does not answer, within its bound", async () => {
    const holder = globalThis as { prisma?: PrismaClient };
    const own = holder.prisma;
    // A pool whose server is gone: the probe fails fast instead of waiting for the pool's 10 s.
    holder.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgres://nobody:secret@127.0.0.1:1/none", connectionTimeoutMillis: 10_000 }) });
    try {
      const started = Date.now();
      const response = await ready();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "unavailable",
        database: { reachable: false, latencyMs: null },
        migrations: { pending: null },
        // The file store answers on its own: the local folder is there.
        fileStore: { driver: "local", reachable: true, latencyMs: expect.any(Number) },
        shuttingDown: false,
      });
    } finally {
      await holder.prisma.$disconnect().catch(() => {});
      holder.prisma = own;
    }
  });
});
