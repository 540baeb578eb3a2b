import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { buildEventCalendar } from "@/lib/events/calendar";
import { getPublicEvent } from "@/lib/events/queries";
import { calendarLocale } from "@/lib/opportunities/deadline-calendar-wording";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * Public on purpose: one published event as an iCalendar file, for "Add to my calendar" on its page
 * (the feed of all is /api/events/calendar.ics). The same entry and UID as in the feed, its texts in
 * the language of `?lang=` (else the cookie's, else the browser's). Internal and unknown events
 * answer 404.
 */
export const GET = routeHandler<Context>("events.calendar.one", async (request, { params }) => {
  await requirePublicSectionFeed("events");
  const { slug } = await params;
  const locale = calendarLocale(request);
  const event = await getPublicEvent(slug, locale, await getDefaultContentLanguage());
  if (!event) throw new AppError("NOT_FOUND");
  const body = buildEventCalendar([event], { baseUrl: env().APP_URL, name: event.title.text, locale });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // A file to open in the calendar app, not a feed to subscribe to.
      "Content-Disposition": `attachment; filename="event-${event.slug}.ics"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
