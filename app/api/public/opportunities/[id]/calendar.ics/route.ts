import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { env } from "@/lib/env";
import { getPublicOpportunity } from "@/lib/opportunities/catalogue";
import { buildDeadlineCalendar } from "@/lib/opportunities/deadline-calendar";
import { calendarLocale, deadlineCalendarWording } from "@/lib/opportunities/deadline-calendar-wording";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Public on purpose: one published call's application deadline as an iCalendar file with that
 * single event, for "Add the deadline to my calendar" on its page (the whole catalogue's feed is
 * /api/public/opportunities.ics). Same event and UID as in the feed, in the language of `?lang=`
 * like the feed. Drafts, closed calls and unknown ids answer 404.
 */
export const GET = routeHandler<Context>("public.opportunity.calendar", async (request, { params }) => {
  await requirePublicSectionFeed("opportunities");
  const { id } = await params;
  const locale = calendarLocale(request);
  const [opportunity, wording] = await Promise.all([getPublicOpportunity(id, locale), deadlineCalendarWording(locale)]);
  if (!opportunity) throw new AppError("NOT_FOUND");
  const title = opportunity.title.text;
  const body = buildDeadlineCalendar(
    [
      {
        id: opportunity.id,
        title,
        partnerName: opportunity.partner?.name ?? null,
        programName: opportunity.program.name.text,
        closesAt: opportunity.closesAt,
      },
    ],
    { baseUrl: env().APP_URL, ...wording, name: wording.summaryOf({ title }) },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // A file to open in the calendar app, not a feed to subscribe to.
      "Content-Disposition": `attachment; filename="deadline-${opportunity.id}.ics"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
