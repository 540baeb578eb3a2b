import { addDays } from "@/lib/agreements/dates";

/**
 * The periods activity reports cover, as calendar days ("2026-07-01" … "2026-09-30"). Quarters are
 * calendar quarters. Pure, shared by the form, the service and the quarterly job.
 */

export interface ReportPeriod {
  start: string;
  end: string;
}

export type Quarter = 1 | 2 | 3 | 4;

export function yearPeriod(year: number): ReportPeriod {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function quarterPeriod(year: number, quarter: Quarter): ReportPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  const start = `${year}-${String(firstMonth).padStart(2, "0")}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, "0")}-01`;
  return { start, end: addDays(next, -1) };
}

export function quarterOf(day: string): { year: number; quarter: Quarter } {
  return { year: Number(day.slice(0, 4)), quarter: (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Quarter };
}

/** The last quarter that has ended by `today` (on 1 October 2026: Q3 2026). */
export function lastEndedQuarter(today: string): { year: number; quarter: Quarter } {
  const { year, quarter } = quarterOf(today);
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter };
}

/** Whether the period is a whole quarter (then it is named "Q3 2026") or a whole year. */
export function periodShape(period: ReportPeriod): { kind: "year"; year: number } | { kind: "quarter"; year: number; quarter: Quarter } | { kind: "days" } {
  const { year, quarter } = quarterOf(period.start);
  const whole = yearPeriod(year);
  if (period.start === whole.start && period.end === whole.end) return { kind: "year", year };
  const quarterDays = quarterPeriod(year, quarter);
  if (period.start === quarterDays.start && period.end === quarterDays.end) return { kind: "quarter", year, quarter };
  return { kind: "days" };
}

/** The day figures "as of" the period are counted on: its last day, or today while it runs. */
export function asOfDay(period: ReportPeriod, today: string): string {
  return period.end < today ? period.end : today < period.start ? period.start : today;
}
