import "server-only";
import { addDays, academicYearOf } from "@/lib/agreements/dates";
import { inForceOn } from "@/lib/dashboard/in-force";
import { inScope } from "@/lib/dashboard/scope";
import { startOfDayIn } from "@/lib/dates/zoned";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StrategyMetric } from "@/lib/generated/prisma/enums";
import type { IndicatorFilter } from "./metrics";

/**
 * The computed actuals of a strategy indicator, one per year, counted in PostgreSQL: one statement
 * per indicator whatever the number of years or records (each year is a `count(*) FILTER`). What
 * each metric counts is written down in ./metrics.ts; agreements "in force" follow the dashboard's
 * definition (lib/dashboard/in-force.ts), so the two pages never disagree.
 */

export interface ActualsQuery {
  metric: StrategyMetric;
  filter: IndicatorFilter;
  years: readonly number[];
  /** The day the figures are for: a year that has not ended is counted up to it. */
  asOf: string;
  /** Count one unit's share only (a coordinator's); null for the whole institution. */
  unitId: string | null;
  /** The institution's: events start at instants, and a year starts at midnight there. */
  timeZone: string;
}

/** A year's span as counted on `asOf`: from January 1 to December 31, or to `asOf` while it runs. */
export interface YearSpan {
  year: number;
  first: string;
  last: string;
}

export function yearSpans(years: readonly number[], asOf: string): YearSpan[] {
  return [...new Set(years)]
    .filter((year) => `${year}-01-01` <= asOf)
    .sort((a, b) => a - b)
    .map((year) => ({ year, first: `${year}-01-01`, last: `${year}-12-31` < asOf ? `${year}-12-31` : asOf }));
}

function scopeOf(unitId: string | null, column: string): Prisma.Sql {
  return inScope(unitId ? { kind: "unit", unitId } : { kind: "office" }, column);
}

/** Each year's condition as one `count(…) FILTER` column of a single-row result, as an int array. */
function perYear(spans: readonly YearSpan[], count: Prisma.Sql, condition: (span: YearSpan) => Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ARRAY[${Prisma.join(spans.map((span) => Prisma.sql`${count} FILTER (WHERE ${condition(span)})`))}]::int[]`;
}

const regionOfPartner = (region: string | undefined, partner: string) =>
  region
    ? Prisma.sql`EXISTS (SELECT 1 FROM "Partner" rp JOIN "Country" rc ON rc.code = rp."countryCode" WHERE rp.id = ${Prisma.raw(partner)} AND rc.region = ${region}::"WorldRegion")`
    : Prisma.sql`TRUE`;

const equals = (column: string, value: string | undefined, type: string) =>
  value ? Prisma.sql`${Prisma.raw(column)} = ${value}::${Prisma.raw(`"${type}"`)}` : Prisma.sql`TRUE`;

function agreementsSql(query: ActualsQuery, spans: readonly YearSpan[]): Prisma.Sql {
  const { filter } = query;
  const region = filter.region
    ? Prisma.sql`EXISTS (SELECT 1 FROM "AgreementPartner" ap JOIN "Partner" p ON p.id = ap."partnerId" JOIN "Country" c ON c.code = p."countryCode"
        WHERE ap."agreementId" = a.id AND c.region = ${filter.region}::"WorldRegion")`
    : Prisma.sql`TRUE`;
  return Prisma.sql`
    SELECT ${perYear(spans, Prisma.sql`count(*)`, (span) => inForceOn(span.last))} AS counts
    FROM "Agreement" a
    WHERE a.status IN ('ACTIVE', 'EXPIRED', 'TERMINATED') AND ${scopeOf(query.unitId, 'a."unitId"')}
      AND ${equals("a.kind", filter.kind, "AgreementKind")} AND ${region}`;
}

/** A partner counts for a unit when one of that unit's agreements with it is in force. */
function partnersSql(query: ActualsQuery, spans: readonly YearSpan[]): Prisma.Sql {
  const { filter } = query;
  return Prisma.sql`
    SELECT ${perYear(spans, Prisma.sql`count(DISTINCT p.id)`, (span) => inForceOn(span.last))} AS counts
    FROM "Agreement" a
    JOIN "AgreementPartner" ap ON ap."agreementId" = a.id
    JOIN "Partner" p ON p.id = ap."partnerId"
    JOIN "Country" c ON c.code = p."countryCode"
    WHERE a.status IN ('ACTIVE', 'EXPIRED', 'TERMINATED') AND p."archivedAt" IS NULL AND ${scopeOf(query.unitId, 'a."unitId"')}
      AND ${equals("p.kind", filter.kind, "PartnerKind")} AND ${equals("c.region", filter.region, "WorldRegion")}`;
}

function mobilitiesSql(query: ActualsQuery, spans: readonly YearSpan[], direction: "OUTGOING" | "INCOMING"): Prisma.Sql {
  const { filter } = query;
  const from = spans[0]!.first;
  return Prisma.sql`
    SELECT ${perYear(spans, Prisma.sql`count(*)`, (span) => Prisma.sql`m."startDate" BETWEEN ${span.first}::date AND ${span.last}::date`)} AS counts
    FROM "MobilityRecord" m
    WHERE m.direction = ${direction}::"MobilityDirection" AND m.status <> 'CANCELLED' AND m."startDate" >= ${from}::date
      AND ${scopeOf(query.unitId, 'm."unitId"')}
      AND ${equals('m."participantType"', filter.participantType, "ParticipantType")}
      AND ${equals('m."mobilityType"', filter.mobilityType, "MobilityType")}
      AND ${regionOfPartner(filter.region, 'm."partnerId"')}`;
}

/**
 * Whether student `s` was enrolled on a day. The registrar's file keeps no history, so a past day
 * is an estimate, the dashboard's: students whose intake (academic) year had begun by then and who
 * are still enrolled, or whose record changed (graduated, withdrew) after that day.
 */
export function studentEnrolledOn(day: string): Prisma.Sql {
  return Prisma.sql`(s."intakeYear" <= ${academicYearOf(day)} AND (s.status = 'ENROLLED' OR s."updatedAt" >= ${addDays(day, 1)}::date))`;
}

function studentsSql(query: ActualsQuery, spans: readonly YearSpan[]): Prisma.Sql {
  const { filter } = query;
  return Prisma.sql`
    SELECT ${perYear(spans, Prisma.sql`count(*)`, (span) => studentEnrolledOn(span.last))} AS counts
    FROM "InternationalStudent" s
    JOIN "Country" c ON c.code = s."countryCode"
    WHERE ${scopeOf(query.unitId, 's."unitId"')} AND ${equals("s.level", filter.level, "StudyLevel")} AND ${equals("c.region", filter.region, "WorldRegion")}`;
}

/** Running: funded and running some day of the year so far. Funded: the decision fell in it. */
function projectsSql(query: ActualsQuery, spans: readonly YearSpan[]): Prisma.Sql {
  const condition =
    query.filter.stage === "FUNDED"
      ? (span: YearSpan) => Prisma.sql`p."decidedOn" BETWEEN ${span.first}::date AND ${span.last}::date`
      : (span: YearSpan) => Prisma.sql`p."startDate" <= ${span.last}::date AND p."endDate" >= ${span.first}::date`;
  return Prisma.sql`
    SELECT ${perYear(spans, Prisma.sql`count(*)`, condition)} AS counts
    FROM "Project" p
    WHERE p.status IN ('FUNDED', 'RUNNING', 'CLOSED') AND ${scopeOf(query.unitId, 'p."unitId"')}`;
}

function eventsSql(query: ActualsQuery, spans: readonly YearSpan[]): Prisma.Sql {
  const start = (day: string) => startOfDayIn(day, query.timeZone);
  return Prisma.sql`
    SELECT ${perYear(spans, Prisma.sql`count(*)`, (span) => Prisma.sql`e."startsAt" >= ${start(span.first)} AND e."startsAt" < ${start(addDays(span.last, 1))}`)} AS counts
    FROM "Event" e
    WHERE e."isPublished" AND e."startsAt" >= ${start(spans[0]!.first)} AND ${scopeOf(query.unitId, 'e."unitId"')}
      AND ${equals("e.kind", query.filter.kind, "EventKind")}`;
}

function visitsSql(query: ActualsQuery, spans: readonly YearSpan[]): Prisma.Sql {
  const { filter } = query;
  return Prisma.sql`
    SELECT ${perYear(spans, Prisma.sql`count(*)`, (span) => Prisma.sql`v."startDate" BETWEEN ${span.first}::date AND ${span.last}::date`)} AS counts
    FROM "Visit" v
    WHERE v.direction = 'INCOMING' AND v.status = 'COMPLETED' AND v."startDate" >= ${spans[0]!.first}::date
      AND ${scopeOf(query.unitId, 'v."hostUnitId"')} AND ${equals("v.kind", filter.kind, "VisitKind")}
      AND ${filter.region ? regionOfPartner(filter.region, 'v."partnerId"') : Prisma.sql`TRUE`}`;
}

function statementFor(query: ActualsQuery, spans: readonly YearSpan[]): Prisma.Sql {
  switch (query.metric) {
    case "ACTIVE_AGREEMENTS":
      return agreementsSql(query, spans);
    case "ACTIVE_PARTNERS":
      return partnersSql(query, spans);
    case "OUTGOING_MOBILITIES":
      return mobilitiesSql(query, spans, "OUTGOING");
    case "INCOMING_MOBILITIES":
      return mobilitiesSql(query, spans, "INCOMING");
    case "INTERNATIONAL_STUDENTS":
      return studentsSql(query, spans);
    case "PROJECTS":
      return projectsSql(query, spans);
    case "EVENTS_HELD":
      return eventsSql(query, spans);
    case "VISITS_RECEIVED":
      return visitsSql(query, spans);
  }
}

/** The actual of each year that had begun by `asOf` (later years have none). */
export async function computeActuals(query: ActualsQuery): Promise<Map<number, number>> {
  const spans = yearSpans(query.years, query.asOf);
  if (spans.length === 0) return new Map();
  const [row] = await db.$queryRaw<{ counts: number[] }[]>(statementFor(query, spans));
  return new Map(spans.map((span, index) => [span.year, row?.counts[index] ?? 0]));
}
