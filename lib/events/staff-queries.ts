import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventRegistrationStatus } from "@/lib/generated/prisma/enums";
import { can, scopeWhere } from "@/lib/permissions";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { EVENT_PAGE_SIZE, type EventListFilter } from "./schemas";

/**
 * Reads of events for staff, within the user's scope. Registrants (names and addresses) are read only
 * for those who may change the event: the office, and a coordinator for their unit's events.
 */

/** The resource the staff pages check `event:read` against: an unpublished event, which visitors and students may not read. */
export const STAFF_VIEW = { isPublic: false } as const;

/** Whether the user may change this event (and so see who registered for it). */
export function canManageEvent(user: SessionUser | null, event: { unitId: string | null }): boolean {
  return can(user, "event:update", { unitId: event.unitId });
}

const eventListSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  place: true,
  isPublished: true,
  capacity: true,
  registrationMode: true,
  unit: { select: { id: true, code: true, name: true } },
} satisfies Prisma.EventSelect;

export type EventListRow = Prisma.EventGetPayload<{ select: typeof eventListSelect }> & { counts: Record<EventRegistrationStatus, number> };

/** Every word must appear in the title (any language), place or organizer. */
function textMatches(q: string | undefined): Prisma.EventWhereInput[] {
  if (!q) return [];
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => {
      const contains = { contains: word, mode: "insensitive" as const };
      return {
        OR: [
          { title: contains },
          { place: contains },
          { organizer: contains },
          ...CONTENT_LANGUAGES.map((language) => ({ translations: { path: [language, "title"], string_contains: word, mode: "insensitive" } }) as Prisma.EventWhereInput),
        ],
      };
    });
}

const NO_COUNTS: Record<EventRegistrationStatus, number> = { PENDING: 0, CONFIRMED: 0, WAITLISTED: 0, CANCELLED: 0 };

/** Registrations by status for each event, in one grouped query. */
export async function registrationCounts(eventIds: readonly string[]): Promise<Map<string, Record<EventRegistrationStatus, number>>> {
  const counts = new Map<string, Record<EventRegistrationStatus, number>>();
  if (eventIds.length === 0) return counts;
  const groups = await db.eventRegistration.groupBy({ by: ["eventId", "status"], where: { eventId: { in: [...eventIds] } }, _count: { _all: true } });
  for (const group of groups) {
    const row = counts.get(group.eventId) ?? { ...NO_COUNTS };
    row[group.status] = group._count._all;
    counts.set(group.eventId, row);
  }
  return counts;
}

/** One page of the staff list: coming events soonest first, past ones latest first. */
export async function listEvents(user: SessionUser | null, filter: EventListFilter, now = new Date()) {
  requireSomeScope(user, "event:read");
  const filters: Prisma.EventWhereInput[] = [scopeWhere(user, "event:read"), ...textMatches(filter.q)];
  if (filter.kind) filters.push({ kind: filter.kind });
  if (filter.unitId) filters.push({ unitId: filter.unitId });
  if (filter.when === "upcoming") filters.push({ OR: [{ endsAt: { gte: now } }, { endsAt: null, startsAt: { gte: now } }] });
  if (filter.when === "past") filters.push({ OR: [{ endsAt: { lt: now } }, { endsAt: null, startsAt: { lt: now } }] });
  const where = { AND: filters };
  const dir = filter.when === "upcoming" ? "asc" : "desc";
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({ where, select: eventListSelect, orderBy: [{ startsAt: dir }, { id: "asc" }], skip: (filter.page - 1) * EVENT_PAGE_SIZE, take: EVENT_PAGE_SIZE }),
  ]);
  const counts = await registrationCounts(rows.map((row) => row.id));
  const timeZone = await getInstitutionTimeZone();
  return {
    rows: rows.map((row): EventListRow => ({ ...row, counts: counts.get(row.id) ?? NO_COUNTS })),
    total,
    page: filter.page,
    pageSize: EVENT_PAGE_SIZE,
    timeZone,
  };
}

const eventDetailSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  description: true,
  place: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  url: true,
  organizer: true,
  unitId: true,
  capacity: true,
  registrationMode: true,
  registrationClosesAt: true,
  isPublished: true,
  translations: true,
  version: true,
  updatedAt: true,
  unit: { select: { code: true, name: true } },
  visit: { select: { id: true, title: true } },
  picture: { select: { id: true, fileName: true } },
  partners: { select: { partner: { select: { id: true, name: true } } }, orderBy: { partner: { name: "asc" } } },
} satisfies Prisma.EventSelect;

/** One event for its staff page, with what the user may do; null when unknown or out of reach. */
export async function getEventDetail(user: SessionUser | null, id: string) {
  requireSomeScope(user, "event:read");
  const event = await db.event.findFirst({ where: { AND: [scopeWhere(user, "event:read"), { id }] }, select: eventDetailSelect });
  if (!event) return null;
  const [counts, institutionZone] = await Promise.all([registrationCounts([event.id]), getInstitutionTimeZone()]);
  return { ...event, counts: counts.get(event.id) ?? NO_COUNTS, institutionZone, canEdit: canManageEvent(user, event) };
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEventDetail>>>;

/**
 * The form's choices: the units the user may organize events for (a coordinator: their own), the
 * partners of the registry that are not archived, and the time zones an event may be held in.
 */
export async function getEventFormChoices(user: SessionUser | null) {
  requireSomeScope(user, "event:create");
  const officeWide = can(user, "event:create");
  const [units, partners, institutionZone] = await Promise.all([
    db.unit.findMany({
      where: { archivedAt: null, ...(officeWide ? {} : { id: user?.unitId ?? "00000000-0000-0000-0000-000000000000" }) },
      select: { id: true, code: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.partner.findMany({ where: { archivedAt: null }, select: { id: true, name: true, countryCode: true }, orderBy: { name: "asc" } }),
    getInstitutionTimeZone(),
  ]);
  return { units, partners, officeWide, institutionZone, timeZones: Intl.supportedValuesOf("timeZone") };
}

/** The units the staff list can be filtered by. */
export async function listEventUnits() {
  return db.unit.findMany({ where: { archivedAt: null }, select: { id: true, code: true, name: true }, orderBy: { name: "asc" } });
}

const STATUS_ORDER: Record<EventRegistrationStatus, number> = { CONFIRMED: 0, WAITLISTED: 1, PENDING: 2, CANCELLED: 3 };

const registrationSelect = {
  id: true,
  name: true,
  email: true,
  status: true,
  createdAt: true,
  confirmedAt: true,
  cancelledAt: true,
  userId: true,
} satisfies Prisma.EventRegistrationSelect;

export type RegistrationRow = Prisma.EventRegistrationGetPayload<{ select: typeof registrationSelect }> & {
  /** 1, 2, … in the waiting list's order; null for everyone else. */
  waitlistPosition: number | null;
};

/**
 * Who registered for an event, for those who may change it: confirmed first, then the waiting list
 * in its order, the unconfirmed and the cancelled. Null when the event is out of the user's reach.
 */
export async function listRegistrations(user: SessionUser | null, eventId: string) {
  requireSomeScope(user, "event:update");
  const event = await db.event.findFirst({
    where: { AND: [scopeWhere(user, "event:update"), { id: eventId }] },
    select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, timeZone: true, capacity: true, registrationMode: true, unitId: true },
  });
  if (!event) return null;
  const rows = await db.eventRegistration.findMany({ where: { eventId }, select: registrationSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  let position = 0;
  const registrations = rows
    .map((row): RegistrationRow => ({ ...row, waitlistPosition: row.status === "WAITLISTED" ? ++position : null }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return { event, registrations, institutionZone: await getInstitutionTimeZone() };
}

/** The event made for a visit's guest lecture, if the user may see it. */
export async function findVisitEvent(user: SessionUser | null, visitId: string): Promise<{ id: string; title: string } | null> {
  if (!user) return null;
  return db.event.findFirst({ where: { AND: [scopeWhere(user, "event:read"), { visitId }] }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
}
