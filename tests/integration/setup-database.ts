import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject, vi } from "vitest";

/**
 * Runs before each integration test file: creates a private database from the migrated template and
 * points DATABASE_URL at it, so files are isolated from each other and can run in parallel.
 */
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  // No data cache outside Next's server: every call reads the database.
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));

const adminUrl = inject("adminDatabaseUrl");
const templateDatabase = inject("templateDatabase");
const databaseName = `iro_test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${databaseName} TEMPLATE ${templateDatabase}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${databaseName}`;
process.env.DATABASE_URL = url.toString();
process.env.DATA_DIR = `.data/test-files/${databaseName}`;
// A client left from an earlier file in this worker points at that file's database.
(globalThis as { prisma?: unknown }).prisma = undefined;

afterAll(async () => {
  const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await cleanup.end();
});
