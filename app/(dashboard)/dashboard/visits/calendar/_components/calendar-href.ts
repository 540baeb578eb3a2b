import type { CalendarView } from "@/lib/visits/calendar/grid";

export const CALENDAR_PATH = "/dashboard/visits/calendar";

/** The calendar's address for a view, a day and a unit filter (unset values left out). */
export function calendarHref(view: CalendarView, date: string, unit: string | undefined): string {
  const params = new URLSearchParams({ view, date });
  if (unit) params.set("unit", unit);
  return `${CALENDAR_PATH}?${params}`;
}
