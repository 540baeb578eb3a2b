import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import type { PublicEvent } from "./queries";

/**
 * Published events as iCalendar: one event's file ("add to my calendar") or the feed of all. Times
 * are written in UTC ("…Z"): exact in every calendar app, with no zone definition to get wrong. The
 * UID is stable, so an app updates an event that moved instead of adding it again, and one event's
 * file holds the same entry as the feed. Only public fields: never a registrant.
 */
export function buildEventCalendar(events: readonly PublicEvent[], { baseUrl, name, locale }: { baseUrl: string; name: string; locale: AppLocale }): string {
  const host = new URL(baseUrl).host;
  const calendar = ical({
    name,
    prodId: { company: host, product: "events", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    url: new URL("/events", baseUrl).toString(),
    ttl: 60 * 60,
  });
  for (const event of events) {
    const url = new URL(`/events/${encodeURIComponent(event.slug)}`, baseUrl);
    url.searchParams.set("lang", locale);
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      start: event.startsAt,
      end: event.endsAt ?? undefined,
      summary: event.title.text,
      location: [event.place.text, event.onlineUrl].filter(Boolean).join(" · ") || undefined,
      description: [event.description.text, url.toString()].filter(Boolean).join("\n\n"),
      url: url.toString(),
    });
  }
  return calendar.toString();
}

/** The feed's name in `locale`. */
export async function eventCalendarName(locale: AppLocale): Promise<string> {
  const messages = await loadMessages(locale, ["events"]);
  // Catalogues are loosely typed (see i18n/next-intl.d.ts), so the translator is narrowed by hand.
  const t = createTranslator({ locale, messages }) as unknown as (key: string) => string;
  return t("events.calendar.name");
}
