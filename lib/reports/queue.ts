import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { generateReport } from "./generate";
import { notifyDraftReady } from "./draft-mail";

/**
 * Reports are made in the background. The ActivityReport rows are the queue: a request adds a
 * QUEUED row, and the job "activity-reports" (lib/jobs/registry.ts, every minute and whenever a
 * report is asked for) claims the queued rows one at a time and makes them. Claiming is a single
 * UPDATE … FOR UPDATE SKIP LOCKED, so two workers (two instances, or the quarterly job) never make
 * the same report. pg-boss runs one such job at a time across instances ("stately" queues).
 */

export const REPORT_QUEUE = "activity-reports";

/** A report still RUNNING this long after it was asked for was cut off (a restart, a crash). */
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/** Claims one queued report (the oldest, or the given one); null when there is none to claim. */
export async function claimReport(id?: string): Promise<string | null> {
  const rows = id
    ? await db.$queryRaw<{ id: string }[]>`
        UPDATE "ActivityReport" SET status = 'RUNNING', progress = 1
        WHERE id = (SELECT r.id FROM "ActivityReport" r WHERE r.id = ${id}::uuid AND r.status = 'QUEUED' FOR UPDATE SKIP LOCKED)
        RETURNING id::text`
    : await db.$queryRaw<{ id: string }[]>`
        UPDATE "ActivityReport" SET status = 'RUNNING', progress = 1
        WHERE id = (SELECT r.id FROM "ActivityReport" r WHERE r.status = 'QUEUED' ORDER BY r."createdAt", r.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id::text`;
  return rows[0]?.id ?? null;
}

/** Marks reports cut off while running as failed, so they can be asked for again. */
export async function failStaleReports(now: Date = new Date()): Promise<number> {
  const { count } = await db.activityReport.updateMany({
    where: { status: "RUNNING", createdAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } },
    data: { status: "FAILED", error: "interrupted", finishedAt: now },
  });
  return count;
}

/** Makes every queued report, oldest first; a quarter's draft is announced to the admins when made. */
export async function processQueuedReports(now: Date = new Date()): Promise<{ done: number; failed: number; stale: number }> {
  const result = { done: 0, failed: 0, stale: await failStaleReports(now) };
  for (let id = await claimReport(); id; id = await claimReport()) {
    const status = await generateReport(id, new Date());
    if (status === "DONE") {
      result.done++;
      await notifyDraftReady(id);
    } else result.failed++;
  }
  return result;
}

let sender: PgBoss | undefined;

/**
 * Starts the report worker now rather than at the next minute: sends a job to its pg-boss queue.
 * The sender is never started and opens no connection of its own; pg-boss's send() only runs its
 * insert statement, which goes through the portal's pool. Where the queue does not run (jobs
 * disabled, or its tables not made yet) the report simply waits for the next worker.
 */
export async function wakeReportWorker(): Promise<void> {
  // Loaded when first needed, as lib/jobs/start.ts loads it: pages and actions that never wake the worker do not carry it.
  const { default: Boss } = await import("pg-boss");
  sender ??= new Boss({
    schema: "pgboss",
    db: { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await db.$queryRawUnsafe<unknown[]>(text, ...values) }) },
  });
  try {
    await sender.send(REPORT_QUEUE, {});
  } catch (error) {
    // No queue tables: the queue never started on this database (tests, JOBS_DISABLED everywhere).
    const missingQueue = /pgboss\.\w+" does not exist|schema "pgboss" does not exist/.test(String(error));
    logger[missingQueue ? "debug" : "warn"]({ err: error }, "the report worker could not be woken; the report waits for its next run");
  }
}
