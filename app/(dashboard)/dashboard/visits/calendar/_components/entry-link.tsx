import Link from "next/link";
import { Localized } from "@/components/content/localized";
import { cn } from "@/components/ui/cn";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { CalendarEntry, CalendarEntryKind } from "@/lib/visits/calendar/queries";

/** Each kind has its colour and, for those who cannot see it, its name read before the title. */
export const KIND_CLASSES: Record<CalendarEntryKind, string> = {
  visit: "border-info-border bg-info-subtle",
  agenda: "border-border bg-muted",
  event: "border-success-border bg-success-subtle",
};

export interface EntryLinkProps {
  entry: CalendarEntry;
  locale: string;
  kindLabel: string;
  /** "09:30" for timed entries; nothing for whole days. */
  time: string | null;
  compact?: boolean;
}

/** One entry of the calendar as a link to its page: time, title, and its kind for screen readers. */
export function EntryLink({ entry, locale, kindLabel, time, compact }: EntryLinkProps) {
  return (
    <Link
      href={entry.href}
      title={compact ? entry.title.text : undefined}
      className={cn(
        "block rounded border px-1.5 py-0.5 text-foreground underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1",
        KIND_CLASSES[entry.kind],
        // A month cell is narrow: titles wrap rather than being cut off.
        compact ? "text-xs [overflow-wrap:anywhere]" : "text-sm",
      )}
    >
      <VisuallyHidden>{`${kindLabel}: `}</VisuallyHidden>
      {time && <span className="mr-1 font-medium tabular-nums">{time}</span>}
      <Localized value={entry.title} locale={locale} />
    </Link>
  );
}
