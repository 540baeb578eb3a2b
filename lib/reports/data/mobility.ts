import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MobilityDirection, MobilityStatus, MobilityType, ParticipantType, StudyLevel, WorldRegion } from "@/lib/generated/prisma/enums";
import { textIn, type ReportContext } from "./context";

/**
 * The mobilities of a period: those that started in it (by their start date), cancelled ones left
 * out, counted in PostgreSQL by direction and participant, by country and region of the partner,
 * by unit and by program, and over the ten calendar years up to the period's. The rows behind them
 * go to the workbook without the people's names: a report travels further than the office.
 */

export interface MobilityCounts {
  outgoingStudents: number;
  outgoingStaff: number;
  incomingStudents: number;
  incomingStaff: number;
}

export interface MobilityByCountry extends MobilityCounts {
  countryCode: string;
  region: WorldRegion;
}

export interface MobilityGroup {
  name: string | null;
  outgoing: number;
  incoming: number;
}

export interface MobilityRow {
  direction: MobilityDirection;
  participantType: ParticipantType;
  mobilityType: MobilityType;
  level: StudyLevel | null;
  partner: string;
  countryCode: string;
  program: string | null;
  unit: string | null;
  academicYear: number;
  startDate: Date;
  endDate: Date;
  status: MobilityStatus;
}

export interface MobilitySection {
  totals: MobilityCounts;
  byCountry: MobilityByCountry[];
  byUnit: MobilityGroup[];
  byProgram: MobilityGroup[];
  /** The ten calendar years up to the period's last, oldest first, zeros included. */
  byYear: { year: number; outgoing: number; incoming: number }[];
  rows: MobilityRow[];
}

/** The workbook keeps at most this many rows (ten years of a large office fit). */
export const MOBILITY_ROW_LIMIT = 200_000;

const TREND_YEARS = 10;

function inPeriod(context: ReportContext): Prisma.Sql {
  return Prisma.sql`m.status <> 'CANCELLED' AND m."startDate" BETWEEN ${context.period.start}::date AND ${context.period.end}::date`;
}

const COUNT_COLUMNS = Prisma.sql`
  count(*) FILTER (WHERE m.direction = 'OUTGOING' AND m."participantType" = 'STUDENT')::int AS "outgoingStudents",
  count(*) FILTER (WHERE m.direction = 'OUTGOING' AND m."participantType" = 'STAFF')::int AS "outgoingStaff",
  count(*) FILTER (WHERE m.direction = 'INCOMING' AND m."participantType" = 'STUDENT')::int AS "incomingStudents",
  count(*) FILTER (WHERE m.direction = 'INCOMING' AND m."participantType" = 'STAFF')::int AS "incomingStaff"`;

type Named = { name: string | null; translations: unknown; outgoing: number; incoming: number };

function groups(context: ReportContext, rows: Named[]): MobilityGroup[] {
  return rows.map((row) => ({
    name: row.name === null ? null : textIn(context, { name: row.name, translations: row.translations }, "name"),
    outgoing: row.outgoing,
    incoming: row.incoming,
  }));
}

async function trend(context: ReportContext) {
  const last = Number(context.period.end.slice(0, 4));
  const first = last - TREND_YEARS + 1;
  const rows = await db.$queryRaw<{ year: number; outgoing: number; incoming: number }[]>`
    SELECT extract(year FROM m."startDate")::int AS year,
      count(*) FILTER (WHERE m.direction = 'OUTGOING')::int AS outgoing,
      count(*) FILTER (WHERE m.direction = 'INCOMING')::int AS incoming
    FROM "MobilityRecord" m
    WHERE m.status <> 'CANCELLED' AND m."startDate" BETWEEN ${`${first}-01-01`}::date AND ${context.period.end}::date
    GROUP BY 1`;
  return Array.from({ length: TREND_YEARS }, (_, index) => {
    const year = first + index;
    const row = rows.find((entry) => entry.year === year);
    return { year, outgoing: row?.outgoing ?? 0, incoming: row?.incoming ?? 0 };
  });
}

type RawRow = Omit<MobilityRow, "partner" | "program" | "unit"> & {
  partnerId: string;
  programId: string | null;
  unitId: string | null;
  partnerName: string;
  partnerTranslations: unknown;
  programName: string | null;
  programTranslations: unknown;
  unitName: string | null;
  unitTranslations: unknown;
};

export async function loadMobilitySection(context: ReportContext): Promise<MobilitySection> {
  const where = inPeriod(context);
  const [byCountry, byUnit, byProgram, byYear, raw] = await Promise.all([
    db.$queryRaw<MobilityByCountry[]>`
      SELECT p."countryCode", c.region::text AS region, ${COUNT_COLUMNS}
      FROM "MobilityRecord" m JOIN "Partner" p ON p.id = m."partnerId" JOIN "Country" c ON c.code = p."countryCode"
      WHERE ${where} GROUP BY p."countryCode", c.region ORDER BY count(*) DESC, p."countryCode"`,
    db.$queryRaw<Named[]>`
      SELECT min(u.name) AS name, (array_agg(u.translations))[1] AS translations,
        count(*) FILTER (WHERE m.direction = 'OUTGOING')::int AS outgoing, count(*) FILTER (WHERE m.direction = 'INCOMING')::int AS incoming
      FROM "MobilityRecord" m LEFT JOIN "Unit" u ON u.id = m."unitId"
      WHERE ${where} GROUP BY m."unitId" ORDER BY count(*) DESC`,
    db.$queryRaw<Named[]>`
      SELECT min(pr.name) AS name, (array_agg(pr.translations))[1] AS translations,
        count(*) FILTER (WHERE m.direction = 'OUTGOING')::int AS outgoing, count(*) FILTER (WHERE m.direction = 'INCOMING')::int AS incoming
      FROM "MobilityRecord" m LEFT JOIN "MobilityProgram" pr ON pr.id = m."programId"
      WHERE ${where} GROUP BY m."programId" ORDER BY count(*) DESC`,
    trend(context),
    db.$queryRaw<RawRow[]>`
      SELECT m.direction::text AS direction, m."participantType"::text AS "participantType", m."mobilityType"::text AS "mobilityType",
        m.level::text AS level, m."academicYear", m."startDate", m."endDate", m.status::text AS status,
        m."partnerId", m."programId", m."unitId",
        p.name AS "partnerName", p.translations AS "partnerTranslations", p."countryCode",
        pr.name AS "programName", pr.translations AS "programTranslations", u.name AS "unitName", u.translations AS "unitTranslations"
      FROM "MobilityRecord" m
      JOIN "Partner" p ON p.id = m."partnerId"
      LEFT JOIN "MobilityProgram" pr ON pr.id = m."programId"
      LEFT JOIN "Unit" u ON u.id = m."unitId"
      WHERE ${where}
      ORDER BY m."startDate", m.direction, p.name
      LIMIT ${MOBILITY_ROW_LIMIT}`,
  ]);
  // Partner, program and unit names repeat across rows: each is localized once.
  const names = new Map<string, string>();
  const named = (id: string | null, name: string | null, translations: unknown) => {
    if (id === null || name === null) return null;
    let text = names.get(id);
    if (text === undefined) names.set(id, (text = textIn(context, { name, translations }, "name")));
    return text;
  };
  const totals = byCountry.reduce<MobilityCounts>(
    (sum, row) => ({
      outgoingStudents: sum.outgoingStudents + row.outgoingStudents,
      outgoingStaff: sum.outgoingStaff + row.outgoingStaff,
      incomingStudents: sum.incomingStudents + row.incomingStudents,
      incomingStaff: sum.incomingStaff + row.incomingStaff,
    }),
    { outgoingStudents: 0, outgoingStaff: 0, incomingStudents: 0, incomingStaff: 0 },
  );
  return {
    totals,
    byCountry,
    byUnit: groups(context, byUnit),
    byProgram: groups(context, byProgram),
    byYear,
    rows: raw.map(({ partnerId, programId, unitId, partnerName, partnerTranslations, programName, programTranslations, unitName, unitTranslations, ...row }) => ({
      ...row,
      partner: named(partnerId, partnerName, partnerTranslations)!,
      program: named(programId, programName, programTranslations),
      unit: named(unitId, unitName, unitTranslations),
    })),
  };
}
