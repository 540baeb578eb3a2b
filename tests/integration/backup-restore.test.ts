import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyPendingMigrations } from "@/lib/db/migrator";
import { createLocalStorage, createS3Storage, type FileStorage } from "@/lib/storage/file-storage";
import { countRows, createBackup, findPgTool } from "@/scripts/backup";
import { restoreBackup } from "@/scripts/restore";

/**
 * The backup drill (issue 14): back up the database and the stored files, wipe both, restore, and
 * compare every table's row count and a file's checksum — with files in a local folder and in an
 * S3 bucket (an S3-compatible server from npm, in this process).
 *
 * pg_dump cannot dump a server newer than itself. The drill uses this run's test server when the
 * pg_dump found here is new enough for it; otherwise a throw-away server from Debian's PostgreSQL
 * package (`apt-get install postgresql-15`, which brings its pg_dump), and it is skipped, saying so,
 * when there is neither.
 */

/** The S3-compatible test server (npm `@20minutes/s3rver`, which ships no types). */
interface S3TestServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as new (options: Record<string, unknown>) => S3TestServer;

const temporary: string[] = [];
function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  temporary.push(folder);
  return folder;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ num: string }>("SELECT current_setting('server_version_num') AS num");
    return Math.floor(Number(rows[0]!.num) / 10_000);
  } finally {
    await client.end();
  }
}

function canDump(major: number): boolean {
  try {
    findPgTool("pg_dump", major);
    findPgTool("pg_restore", major);
    return true;
  } catch {
    return false;
  }
}

/** The newest Debian PostgreSQL server installed whose own pg_dump is there too. */
function debianServer(): { major: number; bin: string } | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .map((version) => ({ major: Number(version), bin: path.join(root, version, "bin") }))
    .filter(({ major, bin }) => Number.isInteger(major) && ["initdb", "pg_ctl", "postgres", "pg_dump"].every((tool) => existsSync(path.join(bin, tool))))
    .sort((a, b) => b.major - a.major)[0];
}

/** A throw-away PostgreSQL from Debian's binaries, on a free port (as user postgres when run as root: it refuses root). */
async function startDebianPostgres(server: { bin: string }): Promise<{ adminUrl: string; stop: () => void }> {
  const folder = temporaryFolder("iro-drill-pg-");
  const data = path.join(folder, "data");
  const password = randomBytes(12).toString("hex");
  const passwordFile = path.join(folder, "password");
  writeFileSync(passwordFile, password);
  const asRoot = process.getuid?.() === 0;
  const runAs = (tool: string, args: string[]) =>
    asRoot ? execFileSync("runuser", ["-u", "postgres", "--", path.join(server.bin, tool), ...args]) : execFileSync(path.join(server.bin, tool), args);
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, uid);
    chownSync(passwordFile, uid, uid);
  }
  runAs("initdb", ["-D", data, "-U", "postgres", `--pwfile=${passwordFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  runAs("pg_ctl", ["-D", data, "-w", "-l", path.join(folder, "log"), "-o", `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${folder}`, "start"]);
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => runAs("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
  };
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** A few rows in the tables a real office fills, beside the reference data the migrations bring. */
async function addOfficeData(client: pg.Client, storage: FileStorage): Promise<{ key: string; checksum: string }> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "User" (email, name, role, "updatedAt") VALUES ($1, 'Drill Officer', 'OFFICER', now()) RETURNING id`,
    [`drill-${randomBytes(4).toString("hex")}@example.edu`],
  );
  const userId = rows[0]!.id;
  await client.query(`INSERT INTO "Unit" (code, name) VALUES ($1, 'Drill faculty')`, [`DRILL${randomBytes(3).toString("hex")}`]);
  await client.query(
    `INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId") VALUES ($1, 'drill.write', 'User', $2), ($1, 'drill.again', 'User', $2)`,
    [userId, userId],
  );
  const data = new Uint8Array(randomBytes(64 * 1024));
  const key = `2026/12/${randomBytes(16).toString("hex")}`;
  await storage.put(key, data, "application/pdf");
  await client.query(
    `INSERT INTO "StoredFile" ("storageKey", "fileName", "mimeType", "sizeBytes", sha256, "uploadedById") VALUES ($1, 'transcript.pdf', 'application/pdf', $2, $3, $4)`,
    [key, data.byteLength, sha256(data), userId],
  );
  return { key, checksum: sha256(data) };
}

/** The disaster: every table of the portal dropped, every stored file deleted. */
async function wipe(client: pg.Client, storage: FileStorage): Promise<void> {
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
  for (const { name } of rows) await client.query(`DROP TABLE IF EXISTS ${pg.escapeIdentifier(name)} CASCADE`);
  for await (const key of storage.list()) await storage.remove(key);
}

/** A server pg_dump can dump, and a migrated database there that each drill copies. */
let adminUrl = "";
let templateDatabase = "";
let stopServer: (() => void) | undefined;
let skipReason: string | undefined;

beforeAll(async () => {
  const testServerUrl = inject("adminDatabaseUrl");
  const testServerMajor = await serverMajor(testServerUrl);
  if (canDump(testServerMajor)) {
    adminUrl = testServerUrl;
    templateDatabase = inject("templateDatabase");
    return;
  }
  const debian = debianServer();
  if (!debian || !canDump(debian.major)) {
    skipReason =
      `no pg_dump here can dump the test server (PostgreSQL ${testServerMajor}), and there is no Debian PostgreSQL ` +
      "server to run the drill on: `apt-get install postgresql-15` brings both";
    return;
  }
  const server = await startDebianPostgres(debian);
  stopServer = server.stop;
  adminUrl = server.adminUrl;
  templateDatabase = "iro_drill_template";
  await createDatabase(templateDatabase);
  await applyPendingMigrations(urlOf(templateDatabase));
}, 120_000);

const drillDatabases: string[] = [];

afterAll(async () => {
  if (stopServer) stopServer();
  else if (drillDatabases.length > 0) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    for (const name of drillDatabases) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.end();
  }
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

function urlOf(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function createDatabase(name: string, template?: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`);
  } finally {
    await admin.end();
  }
  return urlOf(name);
}

/** One drill against `storage`: back up, wipe, restore, compare. */
async function drill(storage: FileStorage) {
  const name = `iro_drill_${randomBytes(4).toString("hex")}`;
  drillDatabases.push(name);
  const databaseUrl = await createDatabase(name, templateDatabase);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const file = await addOfficeData(client, storage);
    const countsBefore = await countRows(client);
    const archive = path.join(temporaryFolder("iro-drill-backup-"), "backup");

    const manifest = await createBackup({ databaseUrl, storage, out: archive });
    expect(manifest.database.rowCounts).toEqual(countsBefore);
    expect(manifest.files.items).toContainEqual({ key: file.key, bytes: 64 * 1024, sha256: file.checksum });
    expect(manifest.files.missing).toEqual([]);

    await wipe(client, storage);
    expect(await countRows(client)).toEqual({});
    await expect(storage.get(file.key)).rejects.toThrow();

    const report = await restoreBackup({ archive, databaseUrl, storage });
    expect(report.mismatches).toEqual([]);
    expect(await countRows(client)).toEqual(countsBefore);
    expect(sha256(await storage.get(file.key))).toBe(file.checksum);
    // The restored audit log is still write-once.
    await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/audit log cannot be changed/);
    return { archive, file, databaseUrl };
  } finally {
    await client.end();
  }
}

describe("the backup drill", () => {
  it("restores the database and files kept in a local folder", async ({ skip }) => {
    if (skipReason) skip(skipReason);
    const storage = createLocalStorage(path.join(temporaryFolder("iro-drill-files-"), "files"));
    const { archive, databaseUrl } = await drill(storage);

    // A second restore over a database that holds rows needs --yes (replace) …
    await expect(restoreBackup({ archive, databaseUrl, storage })).rejects.toThrow(/--yes/);
    // … and a damaged backup is refused before anything is changed.
    const manifest = JSON.parse(await readFile(path.join(archive, "manifest.json"), "utf8")) as { files: { items: { key: string }[] } };
    await writeFile(path.join(archive, "files", manifest.files.items[0]!.key), "tampered");
    await expect(restoreBackup({ archive, databaseUrl, storage, replace: true })).rejects.toThrow(/damaged/);
  }, 120_000);

  it("restores the database and the S3 bucket's objects", async ({ skip }) => {
    if (skipReason) skip(skipReason);
    const s3 = new S3rver({ port: 0, address: "127.0.0.1", directory: temporaryFolder("iro-drill-s3-"), silent: true, allowMismatchedSignatures: true });
    const { port } = await s3.run();
    try {
      const storage = createS3Storage({
        bucket: "iro-drill-files",
        region: "us-east-1",
        endpoint: `http://127.0.0.1:${port}`,
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        createBucket: true,
      });
      await storage.prepare();
      await drill(storage);
    } finally {
      await s3.close();
    }
  }, 120_000);
});
