// `npm run restore -- <backup folder> [--yes]`: puts a backup made by `npm run backup` back, database
// and stored files together. Checks every checksum of the manifest before it changes anything, then
// replaces the database's contents with the dump (pg_restore --clean, in one transaction), writes the
// files back to the configured storage (DATA_DIR/files or the S3 bucket) and compares the row counts
// with the manifest's. A database that holds rows is only replaced with --yes. Stop the portal's
// instances first. With DATABASE_APP_ROLE set, the app role's grants are applied again afterwards.
// Run it as the database's owner role. See docs/deployment.md "Backup and restore".
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { storageFrom, type FileStorage } from "@/lib/storage/file-storage";
import { configuredDatabase, countRows, findPgTool, MANIFEST_FORMAT, runTool, serverVersion, sha256, type BackupManifest } from "./backup";
import { grantAppRole } from "./db-roles";

export interface RestoreOptions {
  archive: string;
  databaseUrl: string;
  storage: FileStorage;
  /** Replace a database that holds rows (otherwise refused). */
  replace?: boolean;
  /** Grants to apply again after the restore (the dump carries no owners or grants). */
  appRole?: string;
  log?: (message: string) => void;
}

export interface RestoreReport {
  rowCounts: Record<string, number>;
  /** Tables whose count differs from the manifest's: empty after a good restore. */
  mismatches: { table: string; expected: number; restored: number | undefined }[];
  filesRestored: number;
}

export async function readManifest(archive: string): Promise<BackupManifest> {
  const file = path.join(archive, "manifest.json");
  if (!existsSync(file)) throw new Error(`${archive} is not a backup of the portal (no manifest.json)`);
  const manifest = JSON.parse(await readFile(file, "utf8")) as BackupManifest;
  if (manifest.format !== MANIFEST_FORMAT) throw new Error(`${file} has format "${manifest.format}", expected "${MANIFEST_FORMAT}"`);
  return manifest;
}

/** Every byte of the backup against its manifest, before anything is changed. */
async function verifyArchive(archive: string, manifest: BackupManifest): Promise<Map<string, Uint8Array>> {
  const dump = await readFile(path.join(archive, manifest.database.dumpFile));
  if (sha256(dump) !== manifest.database.dumpSha256) throw new Error("database.dump does not match the manifest's checksum: the backup is damaged");
  const files = new Map<string, Uint8Array>();
  for (const item of manifest.files.items) {
    const target = path.resolve(archive, "files", item.key);
    if (!target.startsWith(path.resolve(archive, "files") + path.sep)) throw new Error(`the manifest names a file outside the backup: ${item.key}`);
    const data = new Uint8Array(await readFile(target));
    if (sha256(data) !== item.sha256) throw new Error(`files/${item.key} does not match the manifest's checksum: the backup is damaged`);
    files.set(item.key, data);
  }
  return files;
}

export async function restoreBackup({ archive, databaseUrl, storage, replace = false, appRole, log = () => {} }: RestoreOptions): Promise<RestoreReport> {
  const manifest = await readManifest(archive);
  const files = await verifyArchive(archive, manifest);
  log(`Backup of ${manifest.createdAt} verified: the database dump and ${files.size} files match the manifest.`);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const before = await countRows(client);
    const rowsNow = Object.values(before).reduce((sum, n) => sum + n, 0);
    if (rowsNow > 0 && !replace) {
      throw new Error(`the database holds ${rowsNow} rows: run again with --yes to replace them with the backup's`);
    }
    const pgRestore = findPgTool("pg_restore", (await serverVersion(client)).major);
    log(`Restoring the database with ${pgRestore} …`);
    // Owners and grants are not restored: everything belongs to the role restoring (the owner role),
    // and the app role's rights are granted again below.
    await runTool(
      pgRestore,
      ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", path.join(archive, manifest.database.dumpFile)],
      databaseUrl,
    );
    if (appRole) {
      await grantAppRole(databaseUrl, appRole);
      log(`Granted role ${appRole} its rights again.`);
    }

    log(`Writing ${files.size} files to ${storage.location} …`);
    const types = await client.query<{ key: string; type: string }>(`SELECT "storageKey" AS key, "mimeType" AS type FROM "StoredFile"`).catch(() => ({ rows: [] }));
    const typeOf = new Map(types.rows.map((row) => [row.key, row.type]));
    for (const [key, data] of files) {
      // Keys are write-once in normal use: a file of the same key is the same file, or a damaged one.
      await storage.remove(key);
      await storage.put(key, data, typeOf.get(key) ?? "application/octet-stream");
    }

    const rowCounts = await countRows(client);
    const mismatches = Object.entries(manifest.database.rowCounts)
      .filter(([table, expected]) => rowCounts[table] !== expected)
      .map(([table, expected]) => ({ table, expected, restored: rowCounts[table] }));
    return { rowCounts, mismatches, filesRestored: files.size };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { yes: { type: "boolean", default: false } }, allowPositionals: true });
  const archive = positionals[0];
  if (!archive) throw new Error("usage: npm run restore -- <backup folder> [--yes]");
  const { parseEnv } = await import("@/lib/env");
  const config = parseEnv(process.env);
  const database = await configuredDatabase(config);
  try {
    const report = await restoreBackup({
      archive: path.resolve(archive),
      databaseUrl: database.url,
      storage: storageFrom(config),
      replace: values.yes,
      appRole: process.env.DATABASE_APP_ROLE?.trim() || undefined,
      log: console.log,
    });
    if (report.mismatches.length > 0) {
      for (const { table, expected, restored } of report.mismatches) console.error(`  ${table}: ${restored ?? "missing"} rows, the backup had ${expected}`);
      throw new Error("the restored row counts differ from the backup's (above)");
    }
    const rows = Object.values(report.rowCounts).reduce((sum, n) => sum + n, 0);
    console.log(`Restored ${rows} rows in ${Object.keys(report.rowCounts).length} tables and ${report.filesRestored} files; every count matches the backup.`);
  } finally {
    await database.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\nThe restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
