import Link from "next/link";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { CalendarEntry, CalendarEntryKind } from "@/lib/visits/calendar/queries";
import { EntryLink } from "./entry-link";

export interface DayListProps {
  days: string[];
  today: string;
  locale: string;
  byDay: Map<string, CalendarEntry[]>;
  /** Days without entries are left out (the phone's month list) or say so (the week). */
  skipEmptyDays: boolean;
  headingOf: (day: string) => string;
  timeRangeOf: (entry: CalendarEntry) => string | null;
  kindLabel: (kind: CalendarEntryKind) => string;
  emptyDayLabel: string;
  emptyLabel: string;
  /** Seven columns from this width on (the week view on a wide screen). */
  columns?: boolean;
  /** The month on a phone: as the month grid, a few entries per day and a link to that day's week for the rest. */
  more?: { shownPerDay: number; label: (count: number) => string; href: (day: string) => string };
}

/** Below an entry: its visit (for an agenda item), its place and its unit. */
function EntryDetails({ entry, locale }: { entry: CalendarEntry; locale: string }) {
  const details = [entry.location, entry.unitName].filter(Boolean).join(" · ");
  if (!entry.visitTitle && !details) return null;
  return (
    <p className="text-xs text-muted-foreground">
      {entry.visitTitle && <Localized value={entry.visitTitle} locale={locale} />}
      {entry.visitTitle && details && " · "}
      {details}
    </p>
  );
}

/** Days one after another, each a heading and its entries: the week view, and the month on a phone. */
export function DayList({ days, today, locale, byDay, skipEmptyDays, headingOf, timeRangeOf, kindLabel, emptyDayLabel, emptyLabel, columns, more }: DayListProps) {
  const shown = skipEmptyDays ? days.filter((day) => (byDay.get(day)?.length ?? 0) > 0) : days;
  if (shown.length === 0) return <p className="text-muted-foreground">{emptyLabel}</p>;
  return (
    <ol className={cn("space-y-4", columns && "xl:grid xl:grid-cols-7 xl:gap-2 xl:space-y-0")}>
      {shown.map((day) => {
        const entries = byDay.get(day) ?? [];
        const hidden = more ? Math.max(0, entries.length - more.shownPerDay) : 0;
        return (
          <li key={day} className={cn("space-y-2 rounded-md border border-border p-3", day === today && "ring-2 ring-primary")}>
            <h3 className="text-base font-semibold first-letter:uppercase" aria-current={day === today ? "date" : undefined}>
              {headingOf(day)}
            </h3>
            {entries.length === 0 ? (
              <p className="text-sm text-muted-foreground">{emptyDayLabel}</p>
            ) : (
              <ul className="space-y-2">
                {entries.slice(0, entries.length - hidden).map((entry) => (
                  <li key={entry.key} className="space-y-0.5">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge variant={entry.kind === "visit" ? "info" : entry.kind === "event" ? "success" : "neutral"}>{kindLabel(entry.kind)}</Badge>
                      {timeRangeOf(entry) && <span className="text-sm tabular-nums text-muted-foreground">{timeRangeOf(entry)}</span>}
                    </div>
                    <EntryLink entry={entry} locale={locale} kindLabel={kindLabel(entry.kind)} time={null} />
                    <EntryDetails entry={entry} locale={locale} />
                  </li>
                ))}
                {more && hidden > 0 && (
                  <li>
                    <Link href={more.href(day)} className="text-sm text-link underline underline-offset-2">
                      {more.label(hidden)}
                    </Link>
                  </li>
                )}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
