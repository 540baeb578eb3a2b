import "server-only";
import type { AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/translations/content";

/** Texts an event translates (decision 010); the plain columns hold the default language. */
export const EVENT_TRANSLATED_FIELDS = ["title", "description"] as const;

const publicEventSelect = {
  slug: true,
  title: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  place: true,
  description: true,
  translations: true,
  url: true,
  organizer: true,
} as const;

type EventRow = Awaited<ReturnType<typeof findEvents>>[number];

function findEvents(where: { startsAt: { gte: Date } | { lt: Date } }, order: "asc" | "desc", take?: number) {
  return db.event.findMany({ where: { isPublished: true, ...where }, select: publicEventSelect, orderBy: { startsAt: order }, take });
}

/** An event with its title and description in the reader's language, each marked with its language. */
function localizeEvent({ translations, ...event }: EventRow, locale: AppLocale, defaultLanguage: AppLocale) {
  return { ...event, ...localize({ ...event, translations }, EVENT_TRANSLATED_FIELDS, locale, defaultLanguage) };
}

/**
 * Published events in the reader's language (a `ContentReader` gives both languages): upcoming
 * first (soonest first), then the past ones (latest first).
 */
export async function listPublicEvents({ locale, defaultLanguage }: { locale: AppLocale; defaultLanguage: AppLocale }, now = new Date()) {
  const [upcoming, past] = await Promise.all([findEvents({ startsAt: { gte: now } }, "asc"), findEvents({ startsAt: { lt: now } }, "desc", 20)]);
  const pick = (event: EventRow) => localizeEvent(event, locale, defaultLanguage);
  return { upcoming: upcoming.map(pick), past: past.map(pick) };
}
