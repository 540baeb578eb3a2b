// Generates the benchmark dataset into a scratch database of any PostgreSQL, to check the generator
// and time it without the benchmark's own server or a build: creates the database, applies the
// migrations, seeds the demo, generates the dataset, prints the timings and the counts, and drops
// the database again unless --keep is given (then the in-process timings of scripts/bench/in-process.ts
// can run against it).
//
//   npx tsx --conditions=react-server scripts/bench/scratch-dataset.ts \
//     --admin-url postgres://postgres:postgres@127.0.0.1:54400/postgres [--name iro_bench_scratch] [--keep] [--seed 42]
import { parseArgs } from "node:util";
import pg from "pg";
import { applyPendingMigrations } from "@/lib/db/migrator";
import { generateDataset } from "./generate-dataset";

const { values } = parseArgs({
  options: {
    "admin-url": { type: "string" },
    name: { type: "string", default: "iro_bench_scratch" },
    keep: { type: "boolean", default: false },
    seed: { type: "string", default: "42" },
  },
});
const adminUrl = values["admin-url"];
if (!adminUrl) throw new Error("--admin-url postgres://user:password@host:port/postgres is required");
const name = values.name!;
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("--name must be a plain lower-case database name");

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
try {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  let started = Date.now();
  const migrations = await applyPendingMigrations(databaseUrl);
  console.log(`Migrated (${migrations.applied.length} migrations) in ${seconds(started)} s.`);
  started = Date.now();
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemo } = await import("@/prisma/seed/seed-demo");
  const { db } = await import("@/lib/db/client");
  await seedDemo();
  await db.$disconnect();
  console.log(`Seeded the demo in ${seconds(started)} s.`);
  started = Date.now();
  const info = await generateDataset(databaseUrl, { seed: Number(values.seed) });
  console.log(`Dataset generated in ${seconds(started)} s (the generator's own count: ${info.seconds} s).`);
  console.log(JSON.stringify(info, null, 2));
} finally {
  if (!values.keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  else console.log(`Kept: ${databaseUrl}`);
  await admin.end();
}
