import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import { addDays, fromIsoDay } from "@/lib/agreements/dates";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { env } from "@/lib/env";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import az from "@/messages/az/calendar.json";
import en from "@/messages/en/calendar.json";
import ru from "@/messages/ru/calendar.json";
import { findCalendarOwner } from "./feed-token";
import { listCalendarEntries, seesEveryUnit, type CalendarEntry } from "./queries";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

/** How far the feed reaches: the recent past (for looking back) and the coming year. */
const DAYS_BACK = 60;
const DAYS_AHEAD = 365;

function feedWording(locale: AppLocale) {
  return createTranslator({ locale, messages: { calendar: catalogues[locale] }, namespace: "calendar.feed" });
}

function summaryOf(entry: CalendarEntry, t: ReturnType<typeof feedWording>): string {
  if (entry.kind === "visit") return t("visitSummary", { title: entry.title.text });
  if (entry.kind === "event") return t("eventSummary", { title: entry.title.text });
  return t("agendaSummary", { title: entry.title.text, visit: entry.visitTitle?.text ?? "" });
}

/**
 * A staff member's private calendar as iCalendar text, or null when the token names nobody (unknown,
 * revoked, or its owner may no longer read visits). The owner sees what their calendar page shows
 * (a coordinator: their unit's visits and events), in their language. Visits are whole-day events;
 * agenda items and events are written in UTC. UIDs are stable, so calendar apps update entries.
 */
export async function buildPrivateCalendarFeed(token: string, now = new Date()): Promise<string | null> {
  const owner = await findCalendarOwner(token);
  if (!owner) return null;
  const [timeZone, defaultLanguage] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage()]);
  const locale: AppLocale = isLocale(owner.locale) ? owner.locale : defaultLanguage;
  const today = dayIn(now, timeZone);
  const entries = await listCalendarEntries(
    owner,
    { first: addDays(today, -DAYS_BACK), last: addDays(today, DAYS_AHEAD) },
    { unitId: null },
    { timeZone, locale, defaultLanguage, ownUnitOnly: !seesEveryUnit(owner) },
  );
  const t = feedWording(locale);
  const baseUrl = env().APP_URL;
  const host = new URL(baseUrl).host;
  const calendar = ical({
    name: t("name", { name: owner.name }),
    prodId: { company: host, product: "staff-calendar", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const entry of entries) {
    const url = new URL(entry.href, baseUrl).toString();
    calendar.createEvent({
      id: `${entry.key}@${host}`,
      // Visits are days: DTSTART;VALUE=DATE and the day after the last as DTEND, read as UTC days.
      start: entry.allDay ? fromIsoDay(entry.startDay) : entry.start,
      end: entry.allDay ? fromIsoDay(addDays(entry.endDay, 1)) : (entry.end ?? entry.start),
      allDay: entry.allDay,
      summary: summaryOf(entry, t),
      location: entry.location ?? undefined,
      description: [entry.unitName, url].filter(Boolean).join("\n"),
      url,
      stamp: now,
    });
  }
  return calendar.toString();
}
