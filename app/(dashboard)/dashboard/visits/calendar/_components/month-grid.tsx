import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { CalendarEntry, CalendarEntryKind } from "@/lib/visits/calendar/queries";
import { EntryLink } from "./entry-link";

/** At most this many entries per day in the month (grid and phone list); the rest are a link to that day's week. */
export const SHOWN_PER_DAY = 3;

export interface MonthGridProps {
  caption: string;
  weeks: string[][];
  /** The month shown ("2026-12"): days of the weeks around it are dimmed. */
  month: string;
  today: string;
  locale: string;
  byDay: Map<string, CalendarEntry[]>;
  weekdays: { short: string; long: string }[];
  dayLabel: (day: string, count: number) => string;
  timeOf: (entry: CalendarEntry) => string | null;
  kindLabel: (kind: CalendarEntryKind) => string;
  moreLabel: (count: number) => string;
  weekHref: (day: string) => string;
}

/**
 * The month as a table of weeks: a real table (column headers are the weekdays), so screen readers
 * announce the weekday of each cell; each day's number links to its week, each entry to its page.
 * Everything is a link in reading order, so Tab walks the month day by day.
 */
export function MonthGrid({ caption, weeks, month, today, locale, byDay, weekdays, dayLabel, timeOf, kindLabel, moreLabel, weekHref }: MonthGridProps) {
  return (
    <table className="w-full table-fixed border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th key={weekday.long} scope="col" className="border-b border-border px-2 py-2 text-sm font-semibold text-muted-foreground">
              <span aria-hidden="true">{weekday.short}</span>
              <VisuallyHidden>{weekday.long}</VisuallyHidden>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const entries = byDay.get(day) ?? [];
              const inMonth = day.startsWith(month);
              const isToday = day === today;
              return (
                <td
                  key={day}
                  aria-current={isToday ? "date" : undefined}
                  className={cn("h-28 border border-border p-1.5 align-top", !inMonth && "bg-muted/40", isToday && "ring-2 ring-primary ring-inset")}
                >
                  <Link
                    href={weekHref(day)}
                    aria-label={dayLabel(day, entries.length)}
                    className={cn(
                      "inline-flex size-7 items-center justify-center rounded-full text-sm underline-offset-2 hover:underline",
                      isToday ? "bg-primary font-semibold text-primary-foreground" : inMonth ? "text-foreground" : "text-muted-foreground",
                    )}
                  >
                    {Number(day.slice(8))}
                  </Link>
                  {entries.length > 0 && (
                    <ul className="mt-1 space-y-0.5">
                      {entries.slice(0, SHOWN_PER_DAY).map((entry) => (
                        <li key={entry.key}>
                          <EntryLink entry={entry} locale={locale} kindLabel={kindLabel(entry.kind)} time={timeOf(entry)} compact />
                        </li>
                      ))}
                      {entries.length > SHOWN_PER_DAY && (
                        <li>
                          <Link href={weekHref(day)} className="text-xs text-link underline underline-offset-2">
                            {moreLabel(entries.length - SHOWN_PER_DAY)}
                          </Link>
                        </li>
                      )}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
