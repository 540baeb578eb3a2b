import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { dashboardScopeOf, inScope } from "@/lib/dashboard/scope";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { AppError } from "@/lib/errors/app-error";
import { requireStaffRead } from "./queries";

/** One row of the pipeline: a funder in a year, a year's total (funder null), or the grand total (both null). */
export interface PipelineRow {
  funder: string | null;
  year: number | null;
  /** Published or closed calls whose deadline falls in the year. */
  calls: number;
  /** Calls at least one project answers. */
  answeredCalls: number;
  /** Projects still being written (an idea or in preparation). */
  inPreparation: number;
  submitted: number;
  /** Funded, and those funded since (running, closed). */
  funded: number;
  rejected: number;
  /** Funded out of decided (funded + rejected), in percent with one decimal; null before any decision. */
  successRate: number | null;
}

/**
 * From calls to results: for each funder and year (the year of the call's deadline in the
 * institution's time zone), how many calls there were, how many the university answered, and
 * where its projects stand, with the success rate. Everything is counted in one SQL query, the
 * year and overall totals included (GROUPING SETS). Projects are counted in the reader's reach, as
 * the reports are: the whole office's, or a coordinator's unit's; calls are the office's.
 */
export async function grantPipeline(user: SessionUser | null): Promise<PipelineRow[]> {
  requireStaffRead(user);
  const scope = dashboardScopeOf(user);
  if (!scope) throw new AppError("FORBIDDEN");
  const zone = await getInstitutionTimeZone();
  const rows = await db.$queryRaw<(Omit<PipelineRow, "successRate"> & { successRate: number | null })[]>`
    WITH calls AS (
      -- "deadline" holds UTC without a zone: read it as UTC, then on the institution's clock.
      SELECT g."id", g."funder", EXTRACT(YEAR FROM (g."deadline" AT TIME ZONE 'UTC') AT TIME ZONE ${zone})::int AS year
      FROM "GrantCall" g
      WHERE g."status" <> 'DRAFT'
    ),
    projects AS (
      SELECT p."grantCallId" AS "callId", p."status"
      FROM "Project" p
      WHERE p."grantCallId" IS NOT NULL AND ${inScope(scope, 'p."unitId"')}
    ),
    counted AS (
      SELECT c."funder", c.year,
        GROUPING(c."funder", c.year) AS level,
        count(DISTINCT c."id")::int AS calls,
        count(DISTINCT pr."callId")::int AS "answeredCalls",
        count(pr."status") FILTER (WHERE pr."status" IN ('IDEA', 'IN_PREPARATION'))::int AS "inPreparation",
        count(pr."status") FILTER (WHERE pr."status" = 'SUBMITTED')::int AS submitted,
        count(pr."status") FILTER (WHERE pr."status" IN ('FUNDED', 'RUNNING', 'CLOSED'))::int AS funded,
        count(pr."status") FILTER (WHERE pr."status" = 'REJECTED')::int AS rejected
      FROM calls c
      LEFT JOIN projects pr ON pr."callId" = c."id"
      GROUP BY GROUPING SETS ((c.year, c."funder"), (c.year), ())
    )
    SELECT "funder", year, calls, "answeredCalls", "inPreparation", submitted, funded, rejected,
      CASE WHEN funded + rejected > 0 THEN round(100.0 * funded / (funded + rejected), 1)::float8 END AS "successRate"
    FROM counted
    ORDER BY year DESC NULLS FIRST, level DESC, "funder"`;
  return rows;
}
