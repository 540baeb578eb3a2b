import { prepareFileStore } from "@/lib/storage/file-store-health";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { applyPendingMigrations, describeTarget } from "@/lib/db/migrator";
import { startBackgroundJobs, stopBackgroundJobs } from "@/lib/jobs/start";
import { disconnectDatabase } from "@/lib/db/client";
import { onShutdown } from "@/lib/lifecycle/shutdown.mjs";
import { announceSetupIfNeeded } from "@/lib/setup/announce";

/**
 * Runs once when a server instance starts (from instrumentation.ts): validates the configuration,
 * applies pending migrations, starts the job queue and registers what a graceful stop closes. Several
 * instances may start together; the migrator's lock serialises them. A bad configuration or a failed
 * migration stops the instance with a clear message.
 */
export async function runStartupTasks(): Promise<void> {
  try {
    const { DATABASE_URL } = env();
    if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: start with `npm start` or `npm run demo`, or set it.");
    const result = await applyPendingMigrations(DATABASE_URL, { log: (message) => logger.info(message) });
    for (const name of result.modified) {
      logger.warn({ migration: name }, "an applied migration's file has changed since it was applied");
    }
    logger.info({ database: describeTarget(DATABASE_URL), applied: result.applied.length }, "database ready");
    // The upload folder or the S3 bucket: a missing bucket stops the start with what to do.
    await prepareFileStore();
    // An empty database (no admin yet): the setup address with its one-time token goes to the log.
    await announceSetupIfNeeded();
    await startBackgroundJobs();
    // On SIGTERM, once the requests in flight have finished (scripts/server.mjs): the queue first (its
    // jobs use the pool), then the pool.
    onShutdown("job queue", stopBackgroundJobs);
    onShutdown("database pool", disconnectDatabase);
  } catch (error) {
    logger.fatal({ err: error }, "the portal cannot start");
    console.error(`\nThe portal cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
