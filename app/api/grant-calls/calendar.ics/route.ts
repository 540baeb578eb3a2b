import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { routeHandler } from "@/lib/errors/route-handler";
import { buildGrantCalendar } from "@/lib/grant-calls/calendar";
import { calendarWording } from "@/lib/grant-calls/calendar-wording";
import { listCalendarDeadlines } from "@/lib/grant-calls/public-queries";
import { canReadStaffGrantCalls } from "@/lib/grant-calls/queries";
import { FEED_HEADERS, feedPreflight, publicBaseUrl } from "@/lib/import-export/public-feed";
import { calendarLocale } from "@/lib/opportunities/deadline-calendar-wording";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

/**
 * Public on purpose: the deadlines of published grant calls as an iCalendar feed calendar apps can
 * subscribe to. A visitor (and every calendar app, which sends no session) gets the public calls;
 * signed-in staff downloading it get the staff-only calls too, never cached for others. `?lang=`
 * picks the language of the titles and wording, as in the opportunities' feed.
 */
export const GET = routeHandler("grant-calls.calendar", async (request: Request) => {
  const user = await getCurrentUser();
  const staff = canReadStaffGrantCalls(user);
  // Staff keep their calendar; visitors lose it with the public section.
  if (!staff) await requirePublicSectionFeed("grant-calls");
  const locale = calendarLocale(request);
  const [defaultLanguage, zone, wording] = await Promise.all([getDefaultContentLanguage(), getInstitutionTimeZone(), calendarWording(locale)]);
  const deadlines = await listCalendarDeadlines(user, { locale, defaultLanguage });
  const baseUrl = publicBaseUrl();
  const body = buildGrantCalendar(
    deadlines.map((call) => ({
      id: call.id,
      title: call.title,
      funder: call.funder,
      program: call.program,
      deadline: call.deadline,
      link: new URL(call.isPublic ? `/grant-calls/${call.id}` : `/dashboard/grant-calls/${call.id}`, baseUrl).toString(),
      deadlineText: wording.deadlineOf(formatDateTime(call.deadline, { locale, timeZone: call.timeZone ?? zone })),
    })),
    { baseUrl, name: wording.name, summaryOf: wording.summaryOf, timeZone: zone },
  );
  return new Response(body, {
    headers: {
      ...(staff ? { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } : FEED_HEADERS),
      // Staff get more than visitors at the same address: caches keep the two apart.
      Vary: "Cookie",
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="grant-call-deadlines.ics"',
    },
  });
});

export function OPTIONS(): Response {
  return feedPreflight();
}
