import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { applyPendingMigrations, listPendingMigrations, readMigrations } from "@/lib/db/migrator";

/** These tests need empty databases, not the migrated per-file copy. */
const adminUrl = inject("adminDatabaseUrl");
const created: string[] = [];
let counter = 0;

async function freshDatabase(): Promise<string> {
  const name = `iro_migrator_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe("migration applier", () => {
  let url: string;
  beforeEach(async () => {
    url = await freshDatabase();
  });

  it("applies every migration to a fresh database and records them as Prisma does", async () => {
    const files = await readMigrations();
    const result = await applyPendingMigrations(url);
    expect(result.applied).toEqual(files.map((f) => f.name));

    const rows = await query<{ migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      files.map((f) => ({ migration_name: f.name, checksum: f.checksum, finished: true, applied_steps_count: 1 })),
    );
    const tables = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Agreement'`);
    expect(tables[0]?.n).toBe(1);
    expect(await listPendingMigrations(url)).toEqual([]);
  });

  it("is a no-op when run again", async () => {
    await applyPendingMigrations(url);
    const again = await applyPendingMigrations(url);
    expect(again.applied).toEqual([]);
    const rows = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0]?.n).toBe((await readMigrations()).length);
  });

  it("lets two concurrent starts apply each migration exactly once", async () => {
    const [a, b] = await Promise.all([applyPendingMigrations(url), applyPendingMigrations(url)]);
    const all = [...a.applied, ...b.applied].sort();
    expect(all).toEqual((await readMigrations()).map((f) => f.name));
    const rows = await query<{ migration_name: string; n: number }>(
      url,
      `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name HAVING count(*) > 1`,
    );
    expect(rows).toEqual([]);
  });

  it("leaves nothing of a failing migration behind and reports it clearly", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp("prisma/migrations", dir, { recursive: true });
    const broken = path.join(dir, "99991231000000_broken");
    await mkdir(broken);
    // The first statement succeeds, the second fails: the table must not survive.
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`);

    await expect(applyPendingMigrations(url, { dir })).rejects.toThrow(/99991231000000_broken failed and was rolled back/);

    const leftovers = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'half_done'`);
    expect(leftovers[0]?.n).toBe(0);
    const recorded = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '99991231000000_broken'`,
    );
    expect(recorded[0]?.n).toBe(0);
    // The earlier, valid migrations were applied and stay applied.
    expect(await listPendingMigrations(url, dir)).toEqual(["99991231000000_broken"]);
  });

  it("explains an unreachable database without leaking the password", async () => {
    const unreachable = "postgres://someone:secret-pw@127.0.0.1:1/nowhere";
    const error = (await applyPendingMigrations(unreachable).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/Cannot reach the database \(127\.0\.0\.1:1\/nowhere\)/);
    expect(error.message).not.toContain("secret-pw");
  });
});
