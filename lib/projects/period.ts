import { monthsAndDaysBetween } from "@/lib/agreements/dates";

/**
 * A project's period in the funder's terms: months numbered from 1 (its first month), and the
 * calendar years it touches. Pure.
 */

/** How many project months the period from `start` to `end` (ISO days, both included) spans: 15 Oct 2016 – 14 Oct 2019 is 36. */
export function projectMonths(start: string, end: string): number {
  if (end < start) return 0;
  // Whole months passed, plus the month the last day falls in (started or complete).
  return monthsAndDaysBetween(start, end).months + 1;
}

/** The calendar years of the period, first to last. */
export function projectYears(start: string, end: string): number[] {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}
