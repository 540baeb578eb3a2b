/**
 * Agreement dates are calendar days (`@db.Date`), handled as ISO strings ("2026-09-01") so that no
 * time zone can move them by a day. Pure helpers, shared by server code and forms. Whether a
 * string is a real day at all is the shared `isIsoDay` (lib/forms/fields.ts).
 */

/** The ISO day of a stored date (UTC midnight), or null. */
export function toIsoDay(date: Date | string | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  if (typeof date === "string") return date.slice(0, 10);
  return date.toISOString().slice(0, 10);
}

/** The Date PostgreSQL receives for a calendar day. */
export function fromIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  const date = fromIsoDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDay(date)!;
}

/** The same day `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return toIsoDay(target)!;
}

/** Whole months from `from` to `to` and the days left over (`from` ≤ `to`). */
export function monthsAndDaysBetween(from: string, to: string): { months: number; days: number } {
  const [y1, m1] = from.split("-").map(Number) as [number, number];
  const [y2, m2] = to.split("-").map(Number) as [number, number];
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (addMonths(from, months) > to) months--;
  return { months, days: daysBetween(addMonths(from, months), to) };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromIsoDay(to).getTime() - fromIsoDay(from).getTime()) / 86_400_000);
}

/** Today as the office sees it, in UTC (the server's reminders and the lists agree on it). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The academic year a day falls in, named by its first calendar year (2025 = 2025/26): the year
 * turns on September 1, so an agreement ending on August 31 covers no part of the next one.
 */
export function academicYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month >= 9 ? year : year - 1;
}
