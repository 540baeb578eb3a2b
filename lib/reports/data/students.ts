import "server-only";
import { academicYearOf } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import type { InternationalStudentStatus, StudyLevel, WorldRegion } from "@/lib/generated/prisma/enums";
import { studentEnrolledOn } from "@/lib/strategy/actuals";
import { textIn, type ReportContext } from "./context";

/**
 * The degree-seeking international students enrolled on the day the figures are for, by country,
 * study level and unit, and the new intake of the academic year that day falls in (counted from the
 * rows, which the workbook needs anyway). The registrar's file keeps no history, so for a past day
 * it is the strategy's and the dashboard's estimate: students whose intake year had begun and who
 * are still enrolled, or whose record changed after that day. The rows go to the workbook by
 * student number, without names.
 */

export interface StudentRow {
  studentNumber: string;
  countryCode: string;
  programName: string;
  level: StudyLevel;
  unit: string | null;
  intakeYear: number;
  status: InternationalStudentStatus;
}

export interface StudentSection {
  enrolled: number;
  countries: number;
  newIntake: number;
  byCountry: { countryCode: string; region: WorldRegion; count: number }[];
  byLevel: { level: StudyLevel; count: number }[];
  byUnit: { unit: string | null; count: number }[];
  rows: StudentRow[];
}

export const STUDENT_ROW_LIMIT = 100_000;

type Raw = Omit<StudentRow, "unit"> & { unitId: string | null; unitName: string | null; unitTranslations: unknown; region: WorldRegion };

export async function loadStudentSection(context: ReportContext): Promise<StudentSection> {
  const rows = await db.$queryRaw<Raw[]>`
    SELECT s."studentNumber", s."countryCode", c.region::text AS region, s."programName", s.level::text AS level, s."intakeYear",
      s.status::text AS status, s."unitId", u.name AS "unitName", u.translations AS "unitTranslations"
    FROM "InternationalStudent" s
    JOIN "Country" c ON c.code = s."countryCode"
    LEFT JOIN "Unit" u ON u.id = s."unitId"
    WHERE ${studentEnrolledOn(context.asOf)}
    ORDER BY s."countryCode", s."studentNumber"
    LIMIT ${STUDENT_ROW_LIMIT}`;
  const units = new Map<string, string>();
  const unitOf = (row: Raw) => {
    if (row.unitId === null || row.unitName === null) return null;
    let name = units.get(row.unitId);
    if (name === undefined) units.set(row.unitId, (name = textIn(context, { name: row.unitName, translations: row.unitTranslations }, "name")));
    return name;
  };
  const count = <K>(keyOf: (row: Raw) => K) => {
    const counts = new Map<K, number>();
    for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const regionOf = new Map(rows.map((row) => [row.countryCode, row.region]));
  const intake = academicYearOf(context.asOf);
  return {
    enrolled: rows.length,
    countries: regionOf.size,
    newIntake: rows.filter((row) => row.intakeYear === intake).length,
    byCountry: count((row) => row.countryCode).map(([countryCode, total]) => ({ countryCode, region: regionOf.get(countryCode)!, count: total })),
    byLevel: count((row) => row.level).map(([level, total]) => ({ level, count: total })),
    byUnit: count(unitOf).map(([unit, total]) => ({ unit, count: total })),
    rows: rows.map((row) => ({
      studentNumber: row.studentNumber,
      countryCode: row.countryCode,
      programName: row.programName,
      level: row.level,
      unit: unitOf(row),
      intakeYear: row.intakeYear,
      status: row.status,
    })),
  };
}
