import { addDays, addMonths, daysBetween } from "@/lib/agreements/dates";
import { projectMonths } from "./period";

/**
 * The work plan's timeline laid out on the project's period: one bar per work package (its months)
 * and per activity (its days), positions as fractions of the period (0 = its first day, 1 = the day
 * after its last), year marks and today. Pure: the page draws it as SVG on the server, with a table
 * beside it for screen readers.
 */

export interface TimelineInput {
  start: string;
  end: string;
  today: string;
  workPackages: readonly { id: string; code: string; title: string; startMonth: number | null; endMonth: number | null }[];
  activities: readonly { id: string; title: string; startDate: string; endDate: string | null }[];
}

export interface TimelineBar {
  id: string;
  kind: "workPackage" | "activity";
  label: string;
  /** Fractions of the period, clamped to it; `to` > `from` so every bar is visible. */
  from: number;
  to: number;
  /** ISO days the bar stands for (a work package's months turned into days). */
  startDay: string;
  endDay: string;
  /** The bar lies partly or wholly outside the period (drawn clamped, said in the table). */
  outside: boolean;
}

export interface TimelineLayout {
  bars: TimelineBar[];
  /** January 1st of each year inside the period, with its position. */
  years: { year: number; at: number }[];
  /** Today's position, or null when today is outside the period. */
  today: number | null;
  months: number;
}

/** The narrowest bar, as a share of the period: a one-day activity in a three-year project stays visible. */
const MIN_WIDTH = 0.006;

export function layoutTimeline({ start, end, today, workPackages, activities }: TimelineInput): TimelineLayout {
  const days = Math.max(1, daysBetween(start, end) + 1);
  const at = (day: string) => daysBetween(start, day) / days;
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const bar = (id: string, kind: TimelineBar["kind"], label: string, startDay: string, endDay: string): TimelineBar => {
    const from = clamp(at(startDay));
    const to = clamp(at(endDay) + 1 / days);
    return { id, kind, label, from: Math.min(from, 1 - MIN_WIDTH), to: Math.max(to, Math.min(from, 1 - MIN_WIDTH) + MIN_WIDTH), startDay, endDay, outside: startDay < start || endDay > end };
  };
  const months = projectMonths(start, end);
  const bars = [
    ...workPackages
      .filter((wp) => wp.startMonth !== null || wp.endMonth !== null)
      .map((wp) => {
        const first = wp.startMonth ?? 1;
        const last = wp.endMonth ?? months;
        // Month n runs from the start plus n-1 months to the day before the start plus n months.
        return bar(wp.id, "workPackage", `${wp.code} ${wp.title}`, addMonths(start, first - 1), addDays(addMonths(start, last), -1));
      }),
    ...activities.map((activity) => bar(activity.id, "activity", activity.title, activity.startDate, activity.endDate ?? activity.startDate)),
  ];
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  const years = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const position = at(`${year}-01-01`);
    if (position > 0 && position < 1) years.push({ year, at: position });
  }
  return { bars, years, today: today >= start && today <= end ? at(today) : null, months };
}

