import "server-only";
import { db } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrator";
import { isShuttingDown } from "@/lib/lifecycle/shutdown.mjs";
import { checkFileStore, type FileStoreReport } from "@/lib/storage/file-store-health";

/**
 * Whether this server process should be sent requests (readiness, for load balancers and
 * orchestrators; liveness is only "the process answers"): the database answers through the
 * application's own pool (no new connection per probe), every migration of this build is applied,
 * and the process is not stopping (SIGTERM: lib/lifecycle/shutdown.mjs).
 *
 * The migrations are compared once they are all found applied and not again: they only change with a
 * new build, which starts new processes. Until then each probe asks (a failed start, an operator who
 * runs them by hand). The probe waits at most `timeoutMs` for the database.
 */
export interface ReadinessReport {
  status: "ok" | "unavailable";
  database: { reachable: boolean | null; latencyMs: number | null };
  migrations: { pending: string[] | null };
  /** Uploads and generated documents need it: an instance that cannot reach it gets no requests. */
  fileStore: FileStoreReport | null;
  shuttingDown: boolean;
}

let migrationsApplied = false;
let migrationNames: Promise<string[]> | undefined;

/** Tests: forget that the migrations were found applied. */
export function forgetMigrationCheck(): void {
  migrationsApplied = false;
  migrationNames = undefined;
}

async function pendingMigrations(): Promise<string[]> {
  migrationNames ??= readMigrations().then((files) => files.map((file) => file.name));
  const names = await migrationNames;
  const [table] = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`;
  if (!table?.exists) return names;
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS "name" FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.name));
  return names.filter((name) => !applied.has(name));
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness({ timeoutMs = 2000 }: { timeoutMs?: number } = {}): Promise<ReadinessReport> {
  if (isShuttingDown()) {
    // The pool is about to close: not touched again.
    return { status: "unavailable", database: { reachable: null, latencyMs: null }, migrations: { pending: null }, fileStore: null, shuttingDown: true };
  }
  const started = performance.now();
  const fileStoreCheck = checkFileStore({ timeoutMs });
  try {
    let pending: string[] = [];
    if (migrationsApplied) await withTimeout(db.$queryRaw`SELECT 1`, timeoutMs);
    else pending = await withTimeout(pendingMigrations(), timeoutMs);
    if (pending.length === 0) migrationsApplied = true;
    const fileStore = await fileStoreCheck;
    return {
      status: pending.length === 0 && fileStore.reachable ? "ok" : "unavailable",
      database: { reachable: true, latencyMs: Math.round(performance.now() - started) },
      migrations: { pending },
      fileStore,
      shuttingDown: false,
    };
  } catch {
    return { status: "unavailable", database: { reachable: false, latencyMs: null }, migrations: { pending: null }, fileStore: await fileStoreCheck, shuttingDown: false };
  }
}
