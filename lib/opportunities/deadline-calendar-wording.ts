import "server-only";
import { createTranslator } from "next-intl";
import { LOCALE_COOKIE, type AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import { negotiateLocale } from "@/i18n/negotiate-locale";
import { formatDateTime } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import type { DeadlineCalendarOptions } from "./deadline-calendar";

function cookieValue(request: Request, name: string): string | null {
  const match = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([key]) => key === name);
  return match?.[1] ?? null;
}

/**
 * The language of a calendar file: `?lang=az` first (calendar apps that subscribe send no cookie),
 * then the language cookie, then the browser's. Its words and the calls' titles are in it.
 */
export function calendarLocale(request: Request): AppLocale {
  return negotiateLocale({
    address: new URL(request.url).searchParams.get("lang"),
    cookie: cookieValue(request, LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
  });
}

/** The words of a calendar file in `locale`; deadlines are written with their time and the institution's zone. */
export async function deadlineCalendarWording(locale: AppLocale): Promise<Omit<DeadlineCalendarOptions, "baseUrl">> {
  const [messages, timeZone] = await Promise.all([loadMessages(locale, ["opportunities"]), getInstitutionTimeZone()]);
  // Catalogues are loosely typed (see i18n/next-intl.d.ts), so the translator is narrowed by hand.
  const t = createTranslator({ locale, messages }) as unknown as (key: string, values?: Record<string, string>) => string;
  return {
    name: t("opportunities.feed.name"),
    summaryOf: (event) => t("opportunities.feed.eventSummary", { title: event.title }),
    deadlineOf: (event) => t("opportunities.feed.deadline", { date: formatDateTime(event.closesAt, { locale, timeZone }) }),
  };
}
