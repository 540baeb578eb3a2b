import "server-only";
import { cache } from "react";
import type { AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { startOfDayIn } from "@/lib/dates/zoned";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "@/lib/permissions";
import { localize } from "@/lib/translations/content";
import { placesLeft, registrationState } from "./rules";
import { EVENT_TEXT_FIELDS, type PublicEventFilter } from "./schemas";

/**
 * What visitors may read about events: published events only, through named columns; never a
 * registrant (only how many places are left). Texts come in the reader's language, each with the
 * language it is in (decision 010).
 */

/** Texts an event translates (decision 010); the plain columns hold the default language. */
export const EVENT_TRANSLATED_FIELDS = EVENT_TEXT_FIELDS;

/** The reader's language and the institution's default one (a `ContentReader` gives both). */
export interface EventLanguage {
  locale: AppLocale;
  defaultLanguage: AppLocale;
}

const visitorScope = () => scopeWhere(null, "event:read");

const publicEventSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  place: true,
  onlineUrl: true,
  description: true,
  translations: true,
  url: true,
  organizer: true,
  pictureFileId: true,
  capacity: true,
  registrationMode: true,
  registrationClosesAt: true,
  _count: { select: { registrations: { where: { status: "CONFIRMED" } } } },
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof publicEventSelect }>;

export function eventPictureUrl(slug: string, pictureFileId: string | null): string | null {
  return pictureFileId ? `/api/events/${encodeURIComponent(slug)}/picture?v=${pictureFileId.slice(0, 8)}` : null;
}

/** An event for a public page: texts in the reader's language, its zone, whether it takes registrations and how many places are left. */
function toPublic({ translations, _count, pictureFileId, ...event }: EventRow, language: EventLanguage, institutionZone: string, now: Date) {
  return {
    ...event,
    ...localize({ ...event, translations }, EVENT_TEXT_FIELDS, language.locale, language.defaultLanguage),
    timeZone: event.timeZone ?? institutionZone,
    pictureUrl: eventPictureUrl(event.slug, pictureFileId),
    registration: registrationState(event, now),
    placesLeft: placesLeft(event.capacity, _count.registrations),
  };
}

export type PublicEvent = ReturnType<typeof toPublic>;

/** Not over yet: it ends (or, without an end, starts) at or after `now`. */
const notOver = (now: Date): Prisma.EventWhereInput => ({ OR: [{ endsAt: { gte: now } }, { endsAt: null, startsAt: { gte: now } }] });
const over = (now: Date): Prisma.EventWhereInput => ({ OR: [{ endsAt: { lt: now } }, { endsAt: null, startsAt: { lt: now } }] });

/** How many upcoming events the list shows at once; a month filter narrows a long list. */
export const UPCOMING_LIMIT = 50;
const PAST_LIMIT = 20;

async function filterWhere(filter: PublicEventFilter, timeZone: string): Promise<Prisma.EventWhereInput[]> {
  const parts: Prisma.EventWhereInput[] = [visitorScope()];
  if (filter.kind) parts.push({ kind: filter.kind });
  if (filter.month) {
    const [year, month] = filter.month.split("-").map(Number) as [number, number];
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
    // Events that start in the month, in the institution's calendar.
    parts.push({ startsAt: { gte: startOfDayIn(`${filter.month}-01`, timeZone), lt: startOfDayIn(`${next}-01`, timeZone) } });
  }
  return parts;
}

/**
 * Published events in the reader's language, optionally of one kind and one month: those not over
 * yet first (soonest first, at most UPCOMING_LIMIT), then the past ones (latest first).
 */
export async function listPublicEvents(language: EventLanguage, filter: PublicEventFilter = {}, now = new Date()) {
  const timeZone = await getInstitutionTimeZone();
  const where = await filterWhere(filter, timeZone);
  const [upcoming, past, upcomingTotal] = await Promise.all([
    db.event.findMany({ where: { AND: [...where, notOver(now)] }, select: publicEventSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: UPCOMING_LIMIT }),
    db.event.findMany({ where: { AND: [...where, over(now)] }, select: publicEventSelect, orderBy: [{ startsAt: "desc" }, { id: "asc" }], take: PAST_LIMIT }),
    db.event.count({ where: { AND: [...where, notOver(now)] } }),
  ]);
  const pick = (row: EventRow) => toPublic(row, language, timeZone, now);
  return { upcoming: upcoming.map(pick), past: past.map(pick), upcomingTotal };
}

/** The next few events that are not over, for the home page. */
export async function listNextPublicEvents(language: EventLanguage, take = 3, now = new Date()): Promise<PublicEvent[]> {
  const timeZone = await getInstitutionTimeZone();
  const rows = await db.event.findMany({ where: { AND: [visitorScope(), notOver(now)] }, select: publicEventSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take });
  return rows.map((row) => toPublic(row, language, timeZone, now));
}

/** The months ("2026-11") in which published events start, in the institution's calendar: the month filter's choices. */
export async function listPublicEventMonths(): Promise<string[]> {
  const timeZone = await getInstitutionTimeZone();
  const rows = await db.$queryRaw<{ month: string }[]>`
    SELECT DISTINCT to_char(("startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM') AS "month"
    FROM "Event" WHERE "isPublished" ORDER BY "month"`;
  return rows.map((row) => row.month);
}

/**
 * A published event's page: the event with its organizing unit and its public partners; null when
 * unknown or unpublished. Cached per request (the page and its metadata), keyed by plain values.
 */
export const getPublicEvent = cache(async (slug: string, locale: AppLocale, defaultLanguage: AppLocale) => {
  const language = { locale, defaultLanguage };
  const now = new Date();
  const row = await db.event.findFirst({
    where: { AND: [visitorScope(), { slug }] },
    select: {
      ...publicEventSelect,
      unit: { select: { name: true, translations: true } },
      partners: { where: { partner: scopeWhere(null, "partner:read") }, select: { partner: { select: { slug: true, name: true } } }, orderBy: { partner: { name: "asc" } } },
    },
  });
  if (!row) return null;
  const { unit, partners, ...event } = row;
  const timeZone = await getInstitutionTimeZone();
  return {
    ...toPublic(event, language, timeZone, now),
    unitName: unit ? localize(unit, ["name"], language.locale, language.defaultLanguage).name : null,
    partners: partners.map(({ partner }) => partner),
  };
});

/** Published events for the public calendar feed: the coming ones and those of the last three months. */
export async function listPublicEventsForCalendar(language: EventLanguage, now = new Date()): Promise<PublicEvent[]> {
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const timeZone = await getInstitutionTimeZone();
  const rows = await db.event.findMany({
    where: { AND: [visitorScope(), { OR: [{ endsAt: { gte: since } }, { startsAt: { gte: since } }] }] },
    select: publicEventSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 1000,
  });
  return rows.map((row) => toPublic(row, language, timeZone, now));
}

/** Every published event's address and last change, for the sitemap. */
export async function listPublicEventSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.event.findMany({ where: visitorScope(), select: { slug: true, updatedAt: true }, orderBy: { startsAt: "desc" } });
}
