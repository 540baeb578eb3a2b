import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { buildPrivateCalendarFeed } from "@/lib/visits/calendar/feed";

export const dynamic = "force-dynamic";

/**
 * A staff member's private calendar feed (iCalendar), for calendar apps, which send no session:
 * the secret in the address is the credential. An unknown or revoked secret answers 404 and
 * reveals nothing. Never cached by shared caches, never sent on as a referrer.
 */
export const GET = routeHandler("calendar.private-feed", async (_request: Request, context: { params: Promise<{ token: string }> }) => {
  const { token } = await context.params;
  const body = await buildPrivateCalendarFeed(token);
  if (body === null) throw new AppError("NOT_FOUND");
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="calendar.ics"',
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
});
