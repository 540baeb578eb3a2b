import { formatDay, formatTime, formatZone } from "@/lib/dates/format";
import { dayIn } from "@/lib/dates/zoned";

/**
 * When an event takes place, in its own zone and the reader's language, with the zone's offset so a
 * reader abroad can compare: "14 November 2026, 10:00–12:30 (GMT+4)", or both ends with their days
 * when it spans several. Pure: pages, e-mails and the browser share it.
 */
export function formatEventTime(event: { startsAt: Date; endsAt: Date | null; timeZone: string }, locale: string): string {
  const context = { locale, timeZone: event.timeZone };
  const start = `${formatDay(event.startsAt, context)}, ${formatTime(event.startsAt, context)}`;
  const zone = formatZone(event.startsAt, context);
  if (!event.endsAt || event.endsAt.getTime() === event.startsAt.getTime()) return `${start} (${zone})`;
  if (dayIn(event.endsAt, event.timeZone) === dayIn(event.startsAt, event.timeZone)) return `${start}–${formatTime(event.endsAt, context)} (${zone})`;
  return `${start} – ${formatDay(event.endsAt, context)}, ${formatTime(event.endsAt, context)} (${zone})`;
}
