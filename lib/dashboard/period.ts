import { academicYearOf, addDays, addMonths } from "@/lib/agreements/dates";

/**
 * The days a dashboard compares: today and the same date a year ago, and the academic years they
 * fall in (named by their first calendar year; the year turns on September 1). Days are ISO strings
 * ("2026-12-05"), as every calendar day in the portal (lib/agreements/dates.ts). Pure.
 */
export interface DashboardPeriod {
  today: string;
  /** The same date last year (February 29 becomes February 28). */
  lastYear: string;
  academicYear: number;
  lastAcademicYear: number;
  /** September 1 of the current academic year, and of the one before: where a cycle starts. */
  cycleStart: string;
  lastCycleStart: string;
  /** The first academic year of the ten the mobility chart shows. */
  firstChartYear: number;
}

export const CHART_YEARS = 10;

export function periodOf(today: string): DashboardPeriod {
  const lastYear = addMonths(today, -12);
  const academicYear = academicYearOf(today);
  const lastAcademicYear = academicYearOf(lastYear);
  return {
    today,
    lastYear,
    academicYear,
    lastAcademicYear,
    cycleStart: `${academicYear}-09-01`,
    lastCycleStart: `${lastAcademicYear}-09-01`,
    firstChartYear: academicYear - CHART_YEARS + 1,
  };
}

/** The academic year's first and last day (2026 → 2026-09-01 … 2027-08-31). */
export function academicYearDays(year: number): { first: string; last: string } {
  return { first: `${year}-09-01`, last: addDays(`${year + 1}-09-01`, -1) };
}
