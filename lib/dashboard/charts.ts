import "server-only";
import { db } from "@/lib/db/client";
import type { AgreementKind, AgreementStatus, ApplicationStatus, MobilityDirection } from "@/lib/generated/prisma/enums";
import { inForceDuring } from "./in-force";
import { academicYearDays, type DashboardPeriod } from "./period";
import { inScope, type DashboardScope } from "./scope";

/**
 * The data behind the dashboard's charts, each one grouped query (partners by region come with the
 * figures). Cancelled mobilities are never counted.
 */

export interface DashboardCharts {
  /** Every academic year of the ten, oldest first, with zeros where nothing happened. */
  mobilityYears: { academicYear: number; outgoing: number; incoming: number }[];
  agreementsByKindAndStatus: { kind: AgreementKind; status: AgreementStatus; count: number }[];
  /** Places agreed for this academic year and mobilities realized in it, by the agreements' program (their kind). */
  placesByProgram: { kind: AgreementKind; agreed: number; realized: number }[];
  /** Applications submitted this cycle by their status now. */
  applicationsByStatus: { status: ApplicationStatus; count: number }[];
}

async function mobilityYears(scope: DashboardScope, period: DashboardPeriod) {
  const rows = await db.$queryRaw<{ academicYear: number; direction: MobilityDirection; count: number }[]>`
    SELECT m."academicYear", m.direction::text AS direction, count(*)::int AS count
    FROM "MobilityRecord" m
    WHERE m.status <> 'CANCELLED' AND m."academicYear" BETWEEN ${period.firstChartYear} AND ${period.academicYear} AND ${inScope(scope, 'm."unitId"')}
    GROUP BY m."academicYear", m.direction`;
  const count = (year: number, direction: MobilityDirection) => rows.find((row) => row.academicYear === year && row.direction === direction)?.count ?? 0;
  return Array.from({ length: period.academicYear - period.firstChartYear + 1 }, (_, index) => {
    const academicYear = period.firstChartYear + index;
    return { academicYear, outgoing: count(academicYear, "OUTGOING"), incoming: count(academicYear, "INCOMING") };
  });
}

async function agreementsByKindAndStatus(scope: DashboardScope) {
  return db.$queryRaw<{ kind: AgreementKind; status: AgreementStatus; count: number }[]>`
    SELECT a.kind::text AS kind, a.status::text AS status, count(*)::int AS count
    FROM "Agreement" a
    WHERE ${inScope(scope, 'a."unitId"')}
    GROUP BY a.kind, a.status`;
}

/**
 * Agreed places: the places per year of the conditions covering this academic year, in agreements in
 * force during it. Realized: this academic year's mobilities under those agreements' kinds. Both
 * sides follow the agreement's unit, so a unit's chart compares like with like.
 */
async function placesByProgram(scope: DashboardScope, period: DashboardPeriod) {
  const year = period.academicYear;
  const { first, last } = academicYearDays(year);
  return db.$queryRaw<{ kind: AgreementKind; agreed: number; realized: number }[]>`
    SELECT kind::text AS kind, sum(agreed)::int AS agreed, sum(realized)::int AS realized
    FROM (
      SELECT a.kind, cc."placesPerYear" AS agreed, 0 AS realized
      FROM "CooperationCondition" cc
      JOIN "Agreement" a ON a.id = cc."agreementId"
      WHERE ${inForceDuring(first, last)} AND ${inScope(scope, 'a."unitId"')}
        AND (cc."fromAcademicYear" IS NULL OR cc."fromAcademicYear" <= ${year})
        AND (cc."toAcademicYear" IS NULL OR cc."toAcademicYear" >= ${year})
      UNION ALL
      SELECT a.kind, 0, 1
      FROM "MobilityRecord" m
      JOIN "Agreement" a ON a.id = m."agreementId"
      WHERE m."academicYear" = ${year} AND m.status <> 'CANCELLED' AND ${inScope(scope, 'a."unitId"')}
    ) flows
    GROUP BY kind
    ORDER BY sum(agreed) DESC, kind`;
}

async function applicationsByStatus(scope: DashboardScope, period: DashboardPeriod) {
  return db.$queryRaw<{ status: ApplicationStatus; count: number }[]>`
    SELECT a.status::text AS status, count(*)::int AS count
    FROM "Application" a
    JOIN "User" u ON u.id = a."studentId"
    WHERE a.status <> 'DRAFT' AND a."submittedAt" >= ${period.cycleStart}::date AND ${inScope(scope, 'u."unitId"')}
    GROUP BY a.status`;
}

export async function loadCharts(scope: DashboardScope, period: DashboardPeriod): Promise<DashboardCharts> {
  const [years, kinds, places, applications] = await Promise.all([
    mobilityYears(scope, period),
    agreementsByKindAndStatus(scope),
    placesByProgram(scope, period),
    applicationsByStatus(scope, period),
  ]);
  return { mobilityYears: years, agreementsByKindAndStatus: kinds, placesByProgram: places, applicationsByStatus: applications };
}
