import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";

/**
 * Background jobs that failed in the last week, newest first, for admins (those who read the audit
 * log: what went wrong on the system is theirs to follow up). Read from the job queue's own tables
 * (pg-boss, schema "pgboss": `job`, and `archive` where finished jobs move after a while). A job
 * that sends e-mail fails when a message could not be sent (the expiry reminders do), so this is
 * also where undelivered reminders show. Before the queue has ever started, its tables do not
 * exist, and nothing has failed.
 */

export const FAILED_JOB_DAYS = 7;
export const FAILED_JOB_LIMIT = 10;

export interface FailedJob {
  id: string;
  name: string;
  failedAt: Date;
  /** The error the job ended with, shortened. */
  message: string | null;
}

/** A thrown error is kept as `{ message, stack }`; a timeout as `{ value: { message } }`. */
const MESSAGE = Prisma.sql`COALESCE(output->>'message', output->'value'->>'message', output->>'value')`;

const UNDEFINED_TABLE = "42P01";
const UNDEFINED_SCHEMA = "3F000";

function isMissingQueue(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | null)?.meta?.driverAdapterError?.cause;
  const code = cause?.originalCode;
  return code === UNDEFINED_TABLE || code === UNDEFINED_SCHEMA || /relation "pgboss\.\w+" does not exist|schema "pgboss" does not exist/.test(String(error));
}

export async function listFailedJobs(user: SessionUser | null, now: Date = new Date()): Promise<FailedJob[] | null> {
  if (!can(user, "audit:read")) return null;
  const since = new Date(now.getTime() - FAILED_JOB_DAYS * 86_400_000);
  try {
    return await db.$queryRaw<FailedJob[]>`
      SELECT id::text, name, "failedAt", left(message, 300) AS message
      FROM (
        SELECT id, name, completed_on AS "failedAt", ${MESSAGE} AS message FROM pgboss.job WHERE state = 'failed' AND completed_on >= ${since}
        UNION ALL
        SELECT id, name, completed_on, ${MESSAGE} FROM pgboss.archive WHERE state = 'failed' AND completed_on >= ${since}
      ) failed
      ORDER BY "failedAt" DESC
      LIMIT ${FAILED_JOB_LIMIT}`;
  } catch (error) {
    if (isMissingQueue(error)) return [];
    throw error;
  }
}
