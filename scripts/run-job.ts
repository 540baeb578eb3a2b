// `npm run job -- <name>`: runs one of the scheduled background jobs (lib/jobs/registry.ts) once, now,
// and exits: for an operator who wants today's reminders or the weekly digest without waiting for the
// schedule, and for the end-to-end journeys. `npm run job -- --list` names the jobs. Reads the
// portal's configuration like the server (DATABASE_URL, else the embedded PostgreSQL of `npm start`;
// AUTH_SECRET, else the one the launcher generated in DATA_DIR, so links it signs work on the site).
// Jobs are safe to run beside the schedule: each sends what is due once.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { configuredDatabase } from "./backup";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { list: { type: "boolean" } }, allowPositionals: true });
  const { SCHEDULED_JOBS } = await import("@/lib/jobs/registry");
  const job = SCHEDULED_JOBS.find((candidate) => candidate.name === positionals[0]);
  if (values.list || !job) {
    if (!values.list) console.error(positionals[0] ? `No job is called "${positionals[0]}".` : "Name the job to run.");
    console.log(`Jobs: ${SCHEDULED_JOBS.map((candidate) => candidate.name).join(", ")}`);
    process.exitCode = values.list ? 0 : 1;
    return;
  }

  // Set before the job runs: the portal reads its configuration once, on first use.
  const { parseEnv } = await import("@/lib/env");
  const config = parseEnv(process.env);
  const secretFile = path.join(path.resolve(config.DATA_DIR), "auth-secret");
  if (!process.env.AUTH_SECRET && existsSync(secretFile)) process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
  const database = await configuredDatabase(config);
  process.env.DATABASE_URL = database.url;
  const { disconnectDatabase } = await import("@/lib/db/client");
  const started = Date.now();
  try {
    await job.run(new Date());
    console.log(`Job ${job.name} done in ${Date.now() - started} ms.`);
  } finally {
    await disconnectDatabase();
    await database.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
