import type { MobilityDirection, MobilityType } from "@/lib/generated/prisma/enums";

/**
 * "Evaluation of agreements": per academic year and mobility flow (direction + type), the places
 * the agreement's cooperation conditions promise against the mobilities actually realized (mobility
 * records linked to the agreement, cancelled ones excluded by the caller). Pure, unit-tested.
 *
 * The use (per year and overall) measures places against the mobilities that filled them: only
 * mobilities of a year and flow with agreed places count. The others (a year before or after the
 * agreed years, a flow nobody agreed) still appear in their own row and are counted apart
 * (`realizedOutsideAgreed`), so they neither inflate the use nor disappear.
 */

export interface EvaluationCondition {
  direction: MobilityDirection;
  mobilityType: MobilityType;
  placesPerYear: number;
  fromAcademicYear: number | null;
  toAcademicYear: number | null;
}

export interface RealizedCount {
  academicYear: number;
  direction: MobilityDirection;
  mobilityType: MobilityType;
  count: number;
}

export interface EvaluationRow {
  academicYear: number;
  direction: MobilityDirection;
  mobilityType: MobilityType;
  agreed: number;
  realized: number;
  /** Realized as a share of agreed, in whole percent; null when nothing was agreed. */
  percent: number | null;
}

export interface EvaluationTotal {
  agreed: number;
  /** Mobilities that filled agreed places (those of years and flows with places). */
  realized: number;
  percent: number | null;
}

export interface Evaluation {
  rows: EvaluationRow[];
  byYear: (EvaluationTotal & { academicYear: number })[];
  total: EvaluationTotal;
}

const DIRECTION_ORDER: readonly MobilityDirection[] = ["OUTGOING", "INCOMING"];
const TYPE_ORDER: readonly MobilityType[] = ["STUDENT_STUDY", "STUDENT_TRAINEESHIP", "STAFF_TEACHING", "STAFF_TRAINING"];

export function percentOf(realized: number, agreed: number): number | null {
  return agreed > 0 ? Math.round((realized / agreed) * 100) : null;
}

function totalOf(rows: readonly { agreed: number; realized: number }[]): EvaluationTotal {
  const withPlaces = rows.filter((row) => row.agreed > 0);
  const agreed = withPlaces.reduce((sum, row) => sum + row.agreed, 0);
  const realized = withPlaces.reduce((sum, row) => sum + row.realized, 0);
  return { agreed, realized, percent: percentOf(realized, agreed) };
}

/** Mobilities of years or flows without agreed places: listed in their rows, left out of the use. */
export function realizedOutsideAgreed(rows: readonly { agreed: number; realized: number }[]): number {
  return rows.filter((row) => row.agreed === 0).reduce((sum, row) => sum + row.realized, 0);
}

/** The academic years a condition covers; open ends fall back to the agreement's own years. */
function yearsOf(condition: EvaluationCondition, fallback: { from: number; to: number } | null): number[] {
  const from = condition.fromAcademicYear ?? fallback?.from ?? null;
  const to = condition.toAcademicYear ?? fallback?.to ?? from;
  if (from === null || to === null || to < from) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * `agreementYears` are the academic years of the agreement's start and end dates, used for
 * conditions that name no years; without them such a condition counts for no year.
 */
export function evaluateAgreement(input: {
  conditions: readonly EvaluationCondition[];
  realized: readonly RealizedCount[];
  agreementYears: { from: number; to: number } | null;
}): Evaluation {
  const cells = new Map<string, EvaluationRow>();
  const cell = (academicYear: number, direction: MobilityDirection, mobilityType: MobilityType) => {
    const key = `${academicYear}:${direction}:${mobilityType}`;
    let row = cells.get(key);
    if (!row) {
      row = { academicYear, direction, mobilityType, agreed: 0, realized: 0, percent: null };
      cells.set(key, row);
    }
    return row;
  };

  for (const condition of input.conditions) {
    for (const year of yearsOf(condition, input.agreementYears)) {
      cell(year, condition.direction, condition.mobilityType).agreed += condition.placesPerYear;
    }
  }
  for (const count of input.realized) {
    cell(count.academicYear, count.direction, count.mobilityType).realized += count.count;
  }

  const rows = [...cells.values()]
    .map((row) => ({ ...row, percent: percentOf(row.realized, row.agreed) }))
    .sort(
      (a, b) =>
        a.academicYear - b.academicYear ||
        DIRECTION_ORDER.indexOf(a.direction) - DIRECTION_ORDER.indexOf(b.direction) ||
        TYPE_ORDER.indexOf(a.mobilityType) - TYPE_ORDER.indexOf(b.mobilityType),
    );
  const years = [...new Set(rows.map((row) => row.academicYear))];
  const byYear = years.map((academicYear) => ({ academicYear, ...totalOf(rows.filter((row) => row.academicYear === academicYear)) }));
  return { rows, byYear, total: totalOf(rows) };
}
