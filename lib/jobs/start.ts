import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";

let running: PgBoss | undefined;

/**
 * Starts the job queue (pg-boss, in the database's `pgboss` schema) on this instance: creates each
 * scheduled job's queue, registers its cron schedule and a worker. Every instance may do this;
 * pg-boss turns each cron tick into one job across all instances, and one worker picks it up.
 * The jobs themselves are idempotent on top of that (see sendDueExpiryReminders).
 * Skipped when JOBS_DISABLED=1 (e.g. on instances that should only serve pages).
 */
export async function startBackgroundJobs(): Promise<void> {
  const config = env();
  if (config.JOBS_DISABLED) {
    logger.info("background jobs disabled (JOBS_DISABLED=1)");
    return;
  }
  if (running || !config.DATABASE_URL) return;
  try {
    running = await startQueue(config.DATABASE_URL);
  } catch (error) {
    // Pages do not depend on the queue: the portal keeps serving and says loudly what is missing.
    logger.error({ err: error }, "background jobs could not start: expiry reminders will not be sent by this instance");
  }
}

async function startQueue(connectionString: string): Promise<PgBoss> {
  const [{ default: Boss }, { SCHEDULED_JOBS }] = await Promise.all([import("pg-boss"), import("./registry")]);
  const boss = new Boss({ connectionString, schema: "pgboss", max: 2, application_name: "iro-portal-jobs" });
  boss.on("error", (error) => logger.error({ err: error }, "background job queue error"));
  await boss.start();
  for (const job of SCHEDULED_JOBS) {
    await boss.createQueue(job.name, { name: job.name, policy: "stately", retryLimit: 2, retryDelay: 600, expireInSeconds: 3600 });
    await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work(job.name, async (jobs) => {
      for (const _job of jobs) await job.run(new Date());
    });
  }
  logger.info({ jobs: SCHEDULED_JOBS.map((job) => job.name) }, "background jobs started");
  return boss;
}

/** Stops the queue (tests, graceful shutdown). */
export async function stopBackgroundJobs(): Promise<void> {
  const boss = running;
  running = undefined;
  await boss?.stop({ graceful: true, wait: true });
}
