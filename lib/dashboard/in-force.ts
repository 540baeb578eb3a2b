import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether agreement `a` was in force on a day: signed, started, not yet ended, not terminated by
 * then. It reads only dates kept on the agreement, so the same test answers for today and for the
 * same date last year, which is what lets the dashboard show a trend without stored history.
 */
export function inForceOn(day: string): Prisma.Sql {
  return Prisma.sql`(
    a.status IN ('ACTIVE', 'EXPIRED', 'TERMINATED')
    AND a."signedOn" IS NOT NULL AND a."signedOn" <= ${day}::date
    AND (a."startsOn" IS NULL OR a."startsOn" <= ${day}::date)
    AND (a."endsOn" IS NULL OR a."endsOn" >= ${day}::date)
    AND (a.status <> 'TERMINATED' OR a."terminatedOn" > ${day}::date)
  )`;
}

/** Whether agreement `a` was in force on some day between `first` and `last` (an academic year). */
export function inForceDuring(first: string, last: string): Prisma.Sql {
  return Prisma.sql`(
    a.status IN ('ACTIVE', 'EXPIRED', 'TERMINATED')
    AND a."signedOn" IS NOT NULL AND a."signedOn" <= ${last}::date
    AND (a."startsOn" IS NULL OR a."startsOn" <= ${last}::date)
    AND (a."endsOn" IS NULL OR a."endsOn" >= ${first}::date)
    AND (a.status <> 'TERMINATED' OR a."terminatedOn" >= ${first}::date)
  )`;
}
