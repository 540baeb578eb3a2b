// Starts the portal: embedded PostgreSQL unless DATABASE_URL is set, migrations, (demo) seed, then
// the production server (scripts/server.mjs: Next.js behind the public page micro-cache, one server
// process per core unless WEB_CONCURRENCY / WORKERS says otherwise; see scripts/cluster.mjs).
//   tsx scripts/launch.ts [--demo] [--port 3000]
// --demo also builds when the sources changed and seeds demo data into an empty database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyPendingMigrations, describeTarget } from "@/lib/db/migrator";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { buildIfStale } from "./build-if-stale";
import { ensurePortFree, workerCount } from "./cluster.mjs";

const { values } = parseArgs({
  options: { demo: { type: "boolean", default: false }, port: { type: "string", default: process.env.PORT ?? "3000" } },
});

function cannotStart(message: string): never {
  console.error(`\nThe portal cannot start: ${message}\n`);
  process.exit(1);
}

// In production the operator sets AUTH_SECRET: one generated here would be this machine's alone, so
// sessions would not hold across instances, and a new machine or data folder would sign everyone out.
if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET?.trim()) {
  cannotStart(
    "AUTH_SECRET is not set, and with NODE_ENV=production the portal does not generate one. Set the same secret " +
      "of at least 32 characters on every instance (e.g. `openssl rand -base64 32`).",
  );
}

function readConfig(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) cannotStart(error.message);
    throw error;
  }
}
const config = readConfig();

// Checked before the database starts, so a wrong setting or a taken port fails in a second.
const processes = workerCount();
if (processes.error !== undefined) cannotStart(processes.error);
await ensurePortFree(Number(values.port)).catch((error: Error) => cannotStart(error.message));
const dataDir = path.resolve(config.DATA_DIR);
mkdirSync(dataDir, { recursive: true });

/** Local runs (NODE_ENV not production) get a stable generated secret so sessions survive restarts. */
function localAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

let stopDatabase = async () => {};
let databaseUrl = config.DATABASE_URL;
if (!databaseUrl) {
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  console.log(`Starting embedded PostgreSQL (data in ${path.join(config.DATA_DIR, "postgres")}, port ${port})…`);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port, persistent: true });
  await ensureDatabase(server.adminUrl, "iro");
  databaseUrl = server.urlFor("iro");
  stopDatabase = server.stop;
}

const migrations = await applyPendingMigrations(databaseUrl, { log: (m) => console.log(m) });
console.log(`Database ${describeTarget(databaseUrl)} is up to date (${migrations.applied.length} migration(s) applied now).`);

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: config.AUTH_SECRET ?? localAuthSecret(),
  APP_URL: process.env.APP_URL ?? `http://localhost:${values.port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

if (values.demo) {
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemoIfEmpty } = await import("@/prisma/seed/seed-demo");
  const outcome = await seedDemoIfEmpty();
  console.log(outcome === "seeded" ? "Demo data seeded." : "Database already holds data: demo seed skipped.");
  buildIfStale();
}

console.log(`Starting the portal on http://localhost:${values.port} (${processes.workers === 1 ? "one server process" : `${processes.workers} server processes`}) …`);
// Node runs the server directly (not through npx) so that stopping it stops the server itself.
const server = spawn(process.execPath, [path.resolve("scripts/server.mjs"), "--port", values.port!], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });

async function shutdown(code: number) {
  await stopDatabase().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => server.kill("SIGINT"));
process.on("SIGTERM", () => server.kill("SIGTERM"));
server.on("exit", (code) => void shutdown(code ?? 0));
