import { env } from "@/lib/env";
import { routeHandler } from "@/lib/errors/route-handler";
import { buildEventCalendar, eventCalendarName } from "@/lib/events/calendar";
import { listPublicEventsForCalendar } from "@/lib/events/queries";
import { FEED_HEADERS, feedPreflight } from "@/lib/import-export/public-feed";
import { calendarLocale } from "@/lib/opportunities/deadline-calendar-wording";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

/**
 * Public on purpose: the published events as an iCalendar feed that calendar apps subscribe to (the
 * coming ones and those of the last three months). Calendar apps send no language cookie, so
 * `?lang=az` picks the language of the titles and descriptions. The same CORS and cache headers as
 * the public JSON feeds.
 */
export const GET = routeHandler("events.calendar.feed", async (request) => {
  await requirePublicSectionFeed("events");
  const locale = calendarLocale(request);
  const language = { locale, defaultLanguage: await getDefaultContentLanguage() };
  const [events, name] = await Promise.all([listPublicEventsForCalendar(language), eventCalendarName(locale)]);
  return new Response(buildEventCalendar(events, { baseUrl: env().APP_URL, name, locale }), {
    headers: {
      ...FEED_HEADERS,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="events.ics"',
    },
  });
});

export function OPTIONS(): Response {
  return feedPreflight();
}
