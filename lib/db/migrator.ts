import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies `prisma/migrations` at start-up without Prisma's native schema engine, recording each one in
 * `_prisma_migrations` exactly as Prisma does, so `prisma migrate status/deploy` agree with it.
 * Each migration runs in its own transaction: a failing one leaves nothing behind and no record.
 */

/** The advisory-lock key Prisma Migrate itself takes, so this applier and `prisma migrate deploy` exclude each other. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 hex of migration.sql, as Prisma computes it. */
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  /** Migrations already applied whose file has changed since (Prisma warns about these too). */
  modified: string[];
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (cause) {
    await client.end().catch(() => {});
    throw new MigrationError(`Cannot reach the database (${describeTarget(connectionString)}): ${String(cause)}`, undefined, { cause });
  }
  return client;
}

/** host:port/database, never the password. */
export function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "an invalid DATABASE_URL";
  }
}

async function readApplied(client: pg.Client): Promise<AppliedRow[]> {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS ok`);
  if (!exists.rows[0]?.ok) return [];
  const result = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return result.rows;
}

function pendingFrom(files: MigrationFile[], applied: AppliedRow[]) {
  const failed = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and is marked unfinished. Resolve it with ` +
        "`prisma migrate resolve` before starting the app.",
      failed.migration_name,
    );
  }
  const done = new Map(applied.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]));
  return {
    pending: files.filter((f) => !done.has(f.name)),
    modified: files.filter((f) => done.has(f.name) && done.get(f.name) !== f.checksum).map((f) => f.name),
  };
}

/** Names of migrations not yet applied (for the health endpoint). */
export async function listPendingMigrations(connectionString: string, dir = DEFAULT_MIGRATIONS_DIR): Promise<string[]> {
  const [files, client] = await Promise.all([readMigrations(dir), connect(connectionString)]);
  try {
    return pendingFrom(files, await readApplied(client)).pending.map((f) => f.name);
  } finally {
    await client.end();
  }
}

export async function applyPendingMigrations(
  connectionString: string,
  { dir = DEFAULT_MIGRATIONS_DIR, log = () => {} }: { dir?: string; log?: (message: string) => void } = {},
): Promise<MigrationResult> {
  const files = await readMigrations(dir);
  const client = await connect(connectionString);
  try {
    // Session-level lock: concurrent app instances wait here, then find nothing left to do.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    // Created only when missing: the app's own role (decision 013) may not create tables, and finds it there.
    const table = await client.query<{ ok: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS ok`);
    if (!table.rows[0]?.ok) await client.query(CREATE_MIGRATIONS_TABLE);
    const { pending, modified } = pendingFrom(files, await readApplied(client));
    for (const migration of pending) {
      await applyOne(client, migration);
      log(`applied migration ${migration.name}`);
    }
    return { applied: pending.map((m) => m.name), modified };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: pg sends it with the simple query protocol, which runs a multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (cause) {
    await client.query("ROLLBACK").catch(() => {});
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back; nothing of it was applied. ${String(cause)}`,
      migration.name,
      { cause },
    );
  }
}
