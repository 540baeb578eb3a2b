import { env } from "@/lib/env";
import { FEED_HEADERS, feedPreflight, publicFeedRoute, refuseDroppedSearch } from "@/lib/import-export/public-feed";
import { listPublicDeadlines } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { buildDeadlineCalendar } from "@/lib/opportunities/deadline-calendar";
import { calendarLocale, deadlineCalendarWording } from "@/lib/opportunities/deadline-calendar-wording";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

/**
 * Public on purpose: the application deadlines of published calls as an iCalendar feed that
 * calendar apps can subscribe to; it accepts the catalogue's filters. Calendar apps send no
 * locale cookie, so `?lang=az` picks the language of the events: their wording and the calls'
 * titles and program names (a call without that translation keeps its default-language title).
 * The same CORS and cache headers as the JSON feeds.
 */
export const GET = publicFeedRoute("public.opportunities.ics", async (_url, params, request) => {
  await requirePublicSectionFeed("opportunities");
  const filter = parseCatalogueFilter(params);
  refuseDroppedSearch(params, filter);
  const locale = calendarLocale(request);
  const [deadlines, wording] = await Promise.all([listPublicDeadlines(filter, { language: locale }), deadlineCalendarWording(locale)]);
  const body = buildDeadlineCalendar(
    deadlines.map((item) => ({
      id: item.id,
      title: item.title.text,
      partnerName: item.partner?.name ?? null,
      programName: item.programName.text,
      closesAt: item.closesAt,
    })),
    { baseUrl: env().APP_URL, ...wording },
  );
  return new Response(body, {
    headers: {
      ...FEED_HEADERS,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="opportunity-deadlines.ics"',
    },
  });
});

export function OPTIONS(): Response {
  return feedPreflight();
}
