import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementKind, WorldRegion } from "@/lib/generated/prisma/enums";
import { inForceOn } from "./in-force";
import type { DashboardPeriod } from "./period";
import { inScope, type DashboardScope } from "./scope";
import { trendOf, type Trend } from "./trend";

/**
 * The dashboard's figures, each beside its value on the same date last year. Everything is counted
 * in PostgreSQL (no row reaches Node to be counted): four queries whatever the size of the office.
 *
 * What each figure counts, for today and for the same date last year alike:
 * - agreements in force on the day (signed, started, not ended or terminated), by kind;
 * - partners with at least one such agreement, by world region and country;
 * - mobilities of the academic year that had started by the day (cancelled ones left out);
 * - applications submitted from September 1 of the academic year up to the day;
 * - funded projects running on the day, and their budgets by currency;
 * - international students enrolled. The registrar's file has no history, so last year's count is
 *   an estimate: students who had started by then and are still enrolled, or whose record changed
 *   (graduated, withdrew) after that date.
 */

export interface MobilityFigures {
  outgoingStudents: Trend;
  outgoingStaff: Trend;
  incomingStudents: Trend;
  incomingStaff: Trend;
}

export interface DashboardFigures {
  agreements: Trend;
  agreementsByKind: { kind: AgreementKind; trend: Trend }[];
  partners: Trend;
  partnersByRegion: { region: WorldRegion; trend: Trend }[];
  /** Partners with an agreement in force today, by country (for the map). */
  partnersByCountry: { countryCode: string; count: number }[];
  mobilities: MobilityFigures;
  applications: Trend;
  projects: Trend;
  /** Budgets of the running projects, per currency (budgets without a currency are left out). */
  projectBudgets: { currency: string; current: number; previous: number }[];
  internationalStudents: Trend;
}

type CountPair = { current: number; previous: number };

async function agreementsByKind(scope: DashboardScope, period: DashboardPeriod) {
  return db.$queryRaw<({ kind: AgreementKind } & CountPair)[]>`
    SELECT a.kind::text AS kind,
      count(*) FILTER (WHERE ${inForceOn(period.today)})::int AS current,
      count(*) FILTER (WHERE ${inForceOn(period.lastYear)})::int AS previous
    FROM "Agreement" a
    WHERE a.status IN ('ACTIVE', 'EXPIRED', 'TERMINATED') AND ${inScope(scope, 'a."unitId"')}
    GROUP BY a.kind`;
}

/** A partner has one country, so counts per country add up to the regions' and the total. */
async function partnersByCountry(scope: DashboardScope, period: DashboardPeriod) {
  return db.$queryRaw<({ countryCode: string; region: WorldRegion } & CountPair)[]>`
    SELECT p."countryCode", c.region::text AS region,
      count(DISTINCT p.id) FILTER (WHERE ${inForceOn(period.today)})::int AS current,
      count(DISTINCT p.id) FILTER (WHERE ${inForceOn(period.lastYear)})::int AS previous
    FROM "Agreement" a
    JOIN "AgreementPartner" ap ON ap."agreementId" = a.id
    JOIN "Partner" p ON p.id = ap."partnerId"
    JOIN "Country" c ON c.code = p."countryCode"
    WHERE a.status IN ('ACTIVE', 'EXPIRED', 'TERMINATED') AND p."archivedAt" IS NULL AND ${inScope(scope, 'a."unitId"')}
    GROUP BY p."countryCode", c.region`;
}

type CountRow = {
  outgoingStudents: number;
  outgoingStudentsBefore: number;
  outgoingStaff: number;
  outgoingStaffBefore: number;
  incomingStudents: number;
  incomingStudentsBefore: number;
  incomingStaff: number;
  incomingStaffBefore: number;
  applications: number;
  applicationsBefore: number;
  students: number;
  studentsBefore: number;
};

type Direction = "OUTGOING" | "INCOMING";
type Participant = "STUDENT" | "STAFF";

/** Mobilities of one direction and kind in an academic year that had started by a day. */
function mobilityCount(direction: Direction, participant: Participant, year: number, day: string): Prisma.Sql {
  return Prisma.sql`count(*) FILTER (
    WHERE m.direction = ${direction}::"MobilityDirection" AND m."participantType" = ${participant}::"ParticipantType"
      AND m."academicYear" = ${year} AND m."startDate" <= ${day}::date
  )::int`;
}

/** The single-number figures, as three subqueries of one statement. */
async function counts(scope: DashboardScope, period: DashboardPeriod): Promise<CountRow> {
  const { today, lastYear, academicYear, lastAcademicYear, cycleStart, lastCycleStart } = period;
  const mobilityColumns = (["OUTGOING", "INCOMING"] as const).flatMap((direction) =>
    (["STUDENT", "STAFF"] as const).map((participant) => {
      // Constant names only: "outgoingStudents", "outgoingStudentsBefore", …
      const name = `${direction.toLowerCase()}${participant === "STUDENT" ? "Students" : "Staff"}`;
      return Prisma.sql`${mobilityCount(direction, participant, academicYear, today)} AS ${Prisma.raw(`"${name}"`)},
        ${mobilityCount(direction, participant, lastAcademicYear, lastYear)} AS ${Prisma.raw(`"${name}Before"`)}`;
    }),
  );
  const [row] = await db.$queryRaw<CountRow[]>`
    SELECT m.*, ap.*, st.*
    FROM (
      SELECT ${Prisma.join(mobilityColumns, ",\n")}
      FROM "MobilityRecord" m
      WHERE m.status <> 'CANCELLED' AND m."academicYear" IN (${academicYear}, ${lastAcademicYear}) AND ${inScope(scope, 'm."unitId"')}
    ) m,
    (
      SELECT
        count(*) FILTER (WHERE a."submittedAt" >= ${cycleStart}::date AND a."submittedAt" < ${today}::date + 1)::int AS applications,
        count(*) FILTER (WHERE a."submittedAt" >= ${lastCycleStart}::date AND a."submittedAt" < ${lastYear}::date + 1)::int AS "applicationsBefore"
      FROM "Application" a
      JOIN "User" u ON u.id = a."studentId"
      WHERE a.status <> 'DRAFT' AND a."submittedAt" >= ${lastCycleStart}::date AND ${inScope(scope, 'u."unitId"')}
    ) ap,
    (
      SELECT
        count(*) FILTER (WHERE s.status = 'ENROLLED')::int AS students,
        count(*) FILTER (
          WHERE s."intakeYear" <= ${lastAcademicYear} AND (s.status = 'ENROLLED' OR s."updatedAt" >= ${lastYear}::date + 1)
        )::int AS "studentsBefore"
      FROM "InternationalStudent" s
      WHERE ${inScope(scope, 's."unitId"')}
    ) st`;
  return row!;
}

async function projects(scope: DashboardScope, period: DashboardPeriod) {
  const { today, lastYear } = period;
  const runningOn = (day: string) => Prisma.sql`(p."startDate" <= ${day}::date AND p."endDate" >= ${day}::date)`;
  // Funded projects only (ideas, proposals and rejected ones have planned dates too); the status
  // keeps no history, so last year's count takes today's funded projects that ran on that date.
  return db.$queryRaw<({ currency: string | null; budget: string | null; budgetBefore: string | null } & CountPair)[]>`
    SELECT p.currency,
      count(*) FILTER (WHERE ${runningOn(today)})::int AS current,
      count(*) FILTER (WHERE ${runningOn(lastYear)})::int AS previous,
      sum(p.budget) FILTER (WHERE ${runningOn(today)})::text AS budget,
      sum(p.budget) FILTER (WHERE ${runningOn(lastYear)})::text AS "budgetBefore"
    FROM "Project" p
    WHERE p.status IN ('FUNDED', 'RUNNING', 'CLOSED') AND p."endDate" >= ${lastYear}::date AND p."startDate" <= ${today}::date
      AND ${inScope(scope, 'p."unitId"')}
    GROUP BY p.currency`;
}

const sum = (rows: readonly CountPair[]) => rows.reduce((total, row) => ({ current: total.current + row.current, previous: total.previous + row.previous }), { current: 0, previous: 0 });
const pairTrend = ({ current, previous }: CountPair) => trendOf(current, previous);
const byCurrentDesc = <T extends { trend: Trend }>(a: T, b: T) => b.trend.current - a.trend.current || b.trend.previous - a.trend.previous;

export async function loadFigures(scope: DashboardScope, period: DashboardPeriod): Promise<DashboardFigures> {
  const [kinds, countries, count, projectRows] = await Promise.all([
    agreementsByKind(scope, period),
    partnersByCountry(scope, period),
    counts(scope, period),
    projects(scope, period),
  ]);
  const regions = new Map<WorldRegion, CountPair>();
  for (const row of countries) {
    const region = regions.get(row.region) ?? { current: 0, previous: 0 };
    regions.set(row.region, { current: region.current + row.current, previous: region.previous + row.previous });
  }
  return {
    agreements: pairTrend(sum(kinds)),
    agreementsByKind: kinds
      .filter((row) => row.current + row.previous > 0)
      .map((row) => ({ kind: row.kind, trend: pairTrend(row) }))
      .sort(byCurrentDesc),
    partners: pairTrend(sum(countries)),
    partnersByRegion: [...regions].map(([region, pair]) => ({ region, trend: pairTrend(pair) })).sort(byCurrentDesc),
    partnersByCountry: countries.filter((row) => row.current > 0).map((row) => ({ countryCode: row.countryCode, count: row.current })),
    mobilities: {
      outgoingStudents: trendOf(count.outgoingStudents, count.outgoingStudentsBefore),
      outgoingStaff: trendOf(count.outgoingStaff, count.outgoingStaffBefore),
      incomingStudents: trendOf(count.incomingStudents, count.incomingStudentsBefore),
      incomingStaff: trendOf(count.incomingStaff, count.incomingStaffBefore),
    },
    applications: trendOf(count.applications, count.applicationsBefore),
    projects: pairTrend(sum(projectRows)),
    projectBudgets: projectRows
      .filter((row): row is typeof row & { currency: string } => row.currency !== null && (row.budget !== null || row.budgetBefore !== null))
      .map((row) => ({ currency: row.currency, current: Number(row.budget ?? 0), previous: Number(row.budgetBefore ?? 0) }))
      .sort((a, b) => b.current - a.current),
    internationalStudents: trendOf(count.students, count.studentsBefore),
  };
}
