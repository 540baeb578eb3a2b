import { createTranslator } from "next-intl";
import { LOCALE_COOKIE } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import { negotiateLocale } from "@/i18n/negotiate-locale";
import { env } from "@/lib/env";
import { routeHandler } from "@/lib/errors/route-handler";
import { listPublicDeadlines } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { buildDeadlineCalendar } from "@/lib/opportunities/deadline-calendar";

export const dynamic = "force-dynamic";

function cookieValue(request: Request, name: string): string | null {
  const match = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([key]) => key === name);
  return match?.[1] ?? null;
}

/**
 * Public on purpose: the application deadlines of published calls as an iCalendar feed that
 * calendar apps can subscribe to; it accepts the catalogue's filters. Calendar apps send no
 * locale cookie, so `?lang=az` picks the language of the event titles.
 */
export const GET = routeHandler("public.opportunities.ics", async (request: Request) => {
  const url = new URL(request.url);
  const locale = negotiateLocale({
    cookie: url.searchParams.get("lang") ?? cookieValue(request, LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
  });
  const filter = parseCatalogueFilter(url.searchParams);
  const [deadlines, messages] = await Promise.all([listPublicDeadlines(filter), loadMessages(locale, ["opportunities"])]);
  // Catalogues are loosely typed (see i18n/next-intl.d.ts), so the translator is narrowed by hand.
  const t = createTranslator({ locale, messages }) as unknown as (key: string, values?: Record<string, string>) => string;
  const body = buildDeadlineCalendar(
    deadlines.map((item) => ({
      id: item.id,
      title: item.title,
      partnerName: item.partner?.name ?? null,
      programName: item.programName,
      closesAt: item.closesAt,
    })),
    { baseUrl: env().APP_URL, name: t("opportunities.feed.name"), summaryOf: (event) => t("opportunities.feed.eventSummary", { title: event.title }) },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="opportunity-deadlines.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
});
