import { addDays, addMonths } from "@/lib/agreements/dates";

/**
 * The days a calendar view shows, as ISO days ("2026-12-07"): a month as whole weeks from Monday
 * to Sunday (ISO weeks, as in Azerbaijan and Russia), or one week. Pure: the page, the tests and
 * the placement of entries share it.
 */

export const CALENDAR_VIEWS = ["month", "week"] as const;

export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface CalendarPeriod {
  view: CalendarView;
  /** The day the view was asked for; its month or week is shown. */
  anchor: string;
  /** Rows of seven days, Monday first (one row for a week). */
  weeks: string[][];
  first: string;
  last: string;
  /** The anchor of the previous and the next month or week. */
  previous: string;
  next: string;
}

/** Days since the Monday of the day's week (Monday 0 … Sunday 6). */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function daysFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

function chunk(days: string[]): string[][] {
  const weeks: string[][] = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));
  return weeks;
}

export function calendarPeriod(view: CalendarView, anchor: string): CalendarPeriod {
  if (view === "week") {
    const monday = addDays(anchor, -weekdayIndex(anchor));
    const days = daysFrom(monday, 7);
    return { view, anchor, weeks: [days], first: monday, last: days[6]!, previous: addDays(monday, -7), next: addDays(monday, 7) };
  }
  const monthStart = `${anchor.slice(0, 7)}-01`;
  const monthEnd = addDays(addMonths(monthStart, 1), -1);
  const first = addDays(monthStart, -weekdayIndex(monthStart));
  const last = addDays(monthEnd, 6 - weekdayIndex(monthEnd));
  const count = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
  return { view, anchor, weeks: chunk(daysFrom(first, count)), first, last, previous: addMonths(monthStart, -1), next: addMonths(monthStart, 1) };
}

/** A calendar entry's days: `startDay` to `endDay` inclusive, as ISO days. */
export interface DaySpan {
  startDay: string;
  endDay: string;
}

/**
 * The entries of each shown day: an entry spanning several days (a visit, a summer school) is on
 * each of them. Entries keep the order given (the query sorts them).
 */
export function entriesByDay<E extends DaySpan>(entries: readonly E[], period: Pick<CalendarPeriod, "first" | "last">): Map<string, E[]> {
  const byDay = new Map<string, E[]>();
  for (const entry of entries) {
    const from = entry.startDay > period.first ? entry.startDay : period.first;
    const to = entry.endDay < period.last ? entry.endDay : period.last;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const list = byDay.get(day);
      if (list) list.push(entry);
      else byDay.set(day, [entry]);
    }
  }
  return byDay;
}
