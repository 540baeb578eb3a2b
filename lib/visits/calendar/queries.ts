import "server-only";
import type { AppLocale } from "@/i18n/config";
import { requireSomeScope } from "@/lib/agreements/access";
import { addDays, fromIsoDay, toIsoDay } from "@/lib/agreements/dates";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { dayIn, startOfDayIn } from "@/lib/dates/zoned";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, scopeWhere } from "@/lib/permissions";
import { localize, type LocalizedText } from "@/lib/translations/content";
import type { DaySpan } from "./grid";

/**
 * What the staff calendar and the private calendar feed show: visits (whole days), their agenda
 * items and events, each with its page. Visits and agenda items follow the visit permission's
 * scope (a coordinator's unit); cancelled visits are left out. No personal data is read.
 */

export type CalendarEntryKind = "visit" | "agenda" | "event";

export interface CalendarEntry extends DaySpan {
  /** Unique across kinds (the same id never clashes). */
  key: string;
  kind: CalendarEntryKind;
  id: string;
  title: LocalizedText;
  /** An agenda item's visit. */
  visitTitle: LocalizedText | null;
  href: string;
  start: Date;
  end: Date | null;
  /** Visits are whole days (DATE columns); agenda items and events have times. */
  allDay: boolean;
  location: string | null;
  unitName: string | null;
}

export interface CalendarFilter {
  /** Only what this unit hosts or organizes. */
  unitId: string | null;
}

export interface CalendarOptions {
  timeZone: string;
  locale: AppLocale;
  defaultLanguage: AppLocale;
}

/** A bound on each kind per view, so a crowded month cannot make a page of unbounded size. */
const MAX_PER_KIND = 2000;

type Unit = { name: string; translations: Prisma.JsonValue } | null;

/**
 * Everything between the first and the last day (inclusive, in the institution's zone) that the
 * user may see. `ownUnitOnly` (the private feed of a coordinator) limits events to their unit too.
 */
export async function listCalendarEntries(
  user: SessionUser | null,
  range: { first: string; last: string },
  filter: CalendarFilter,
  options: CalendarOptions & { ownUnitOnly?: boolean },
): Promise<CalendarEntry[]> {
  requireSomeScope(user, "visit:read");
  const { timeZone, locale, defaultLanguage } = options;
  const from = startOfDayIn(range.first, timeZone);
  const to = startOfDayIn(addDays(range.last, 1), timeZone);
  const visitWhere: Prisma.VisitWhereInput = {
    AND: [scopeWhere(user, "visit:read"), { status: { not: "CANCELLED" } }, filter.unitId ? { hostUnitId: filter.unitId } : {}],
  };
  const eventUnitId = options.ownUnitOnly ? (user?.unitId ?? "00000000-0000-0000-0000-000000000000") : filter.unitId;
  const unitSelect = { select: { name: true, translations: true } } as const;

  const [visits, agenda, events] = await Promise.all([
    db.visit.findMany({
      where: { AND: [visitWhere, { startDate: { lte: fromIsoDay(range.last) } }, { endDate: { gte: fromIsoDay(range.first) } }] },
      select: { id: true, title: true, translations: true, startDate: true, endDate: true, hostUnit: unitSelect },
      orderBy: [{ startDate: "asc" }, { title: "asc" }],
      take: MAX_PER_KIND,
    }),
    db.visitAgendaItem.findMany({
      where: { startsAt: { gte: from, lt: to }, visit: visitWhere },
      select: {
        id: true,
        title: true,
        location: true,
        translations: true,
        startsAt: true,
        endsAt: true,
        visit: { select: { id: true, title: true, translations: true, hostUnit: unitSelect } },
      },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
      take: MAX_PER_KIND,
    }),
    db.event.findMany({
      where: {
        AND: [
          scopeWhere(user, "event:read"),
          eventUnitId ? { unitId: eventUnitId } : {},
          { startsAt: { lt: to } },
          { OR: [{ endsAt: { gte: from } }, { endsAt: null, startsAt: { gte: from } }] },
        ],
      },
      select: { id: true, title: true, translations: true, place: true, startsAt: true, endsAt: true, unit: unitSelect },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
      take: MAX_PER_KIND,
    }),
  ]);

  const unitName = (unit: Unit) => (unit ? localize(unit, ["name"] as const, locale, defaultLanguage).name.text : null);
  const titleOf = (record: { title: string; translations: Prisma.JsonValue }) => localize(record, ["title"] as const, locale, defaultLanguage).title;

  const entries: CalendarEntry[] = [
    ...visits.map((visit) => ({
      key: `visit-${visit.id}`,
      kind: "visit" as const,
      id: visit.id,
      title: titleOf(visit),
      visitTitle: null,
      href: `/dashboard/visits/${visit.id}`,
      start: visit.startDate,
      end: visit.endDate,
      allDay: true,
      startDay: toIsoDay(visit.startDate)!,
      endDay: toIsoDay(visit.endDate)!,
      location: null,
      unitName: unitName(visit.hostUnit),
    })),
    ...agenda.map((item) => {
      const texts = localize(item, ["title", "location"] as const, locale, defaultLanguage);
      return {
        key: `agenda-${item.id}`,
        kind: "agenda" as const,
        id: item.id,
        title: texts.title,
        visitTitle: titleOf(item.visit),
        href: `/dashboard/visits/${item.visit.id}`,
        start: item.startsAt,
        end: item.endsAt,
        allDay: false,
        startDay: dayIn(item.startsAt, timeZone),
        endDay: dayIn(item.endsAt ?? item.startsAt, timeZone),
        location: texts.location.text || null,
        unitName: unitName(item.visit.hostUnit),
      };
    }),
    ...events.map((event) => ({
      key: `event-${event.id}`,
      kind: "event" as const,
      id: event.id,
      title: titleOf(event),
      visitTitle: null,
      href: `/dashboard/events/${event.id}`,
      start: event.startsAt,
      end: event.endsAt,
      allDay: false,
      startDay: dayIn(event.startsAt, timeZone),
      endDay: dayIn(event.endsAt ?? event.startsAt, timeZone),
      location: event.place || null,
      unitName: unitName(event.unit),
    })),
  ];
  // Whole days first, then by time; the same order on every day of the grid and in the feed.
  return entries.sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.start.getTime() - b.start.getTime() || a.key.localeCompare(b.key));
}

/** The units the calendar can be filtered by, named in the reader's language. */
export async function listCalendarUnits(user: SessionUser | null, options: Pick<CalendarOptions, "locale" | "defaultLanguage">) {
  requireSomeScope(user, "visit:read");
  const units = await db.unit.findMany({ where: { archivedAt: null }, select: { id: true, name: true, translations: true }, orderBy: { name: "asc" } });
  return units.map((unit) => ({ id: unit.id, name: localize(unit, ["name"] as const, options.locale, options.defaultLanguage).name.text }));
}

/** Whether the user sees every unit's visits (the office) rather than their own unit's. */
export function seesEveryUnit(user: SessionUser): boolean {
  return can(user, "visit:read");
}
