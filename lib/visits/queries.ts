import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { scopeWhere } from "@/lib/permissions";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { mayHandlePersonalData } from "./personal-data";
import { VISIT_PAGE_SIZE, type VisitListFilter } from "./schemas";

/**
 * Reads of visits for staff, always within the user's scope (coordinators: the visits their unit
 * hosts or sends; the office: all). Participants' personal data is selected only for those who may
 * handle it (personal-data.ts): for anyone else the columns are never read, so no page, payload or
 * file built from these results can hold them.
 */

// ─── The list ───

const visitListSelect = {
  id: true,
  title: true,
  direction: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  organizationName: true,
  personalDataErasedAt: true,
  partner: { select: { id: true, name: true, countryCode: true } },
  hostUnit: { select: { id: true, code: true, name: true } },
  responsible: { select: { id: true, name: true } },
  _count: { select: { participants: true } },
} satisfies Prisma.VisitSelect;

export type VisitListRow = Prisma.VisitGetPayload<{ select: typeof visitListSelect }>;

/** Every word must appear in the title (any language), purpose, organization or partner's name. */
function textMatches(q: string | undefined): Prisma.VisitWhereInput[] {
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
          { purpose: contains },
          { organizationName: contains },
          { partner: { name: contains } },
          ...CONTENT_LANGUAGES.map((language) => ({ translations: { path: [language, "title"], string_contains: word, mode: "insensitive" } }) as Prisma.VisitWhereInput),
        ],
      };
    });
}

/** The list's `where`: the user's scope and the filters (the export uses the same). */
export function visitListWhere(user: SessionUser, filter: VisitListFilter): Prisma.VisitWhereInput {
  const filters: Prisma.VisitWhereInput[] = [...textMatches(filter.q)];
  if (filter.direction) filters.push({ direction: filter.direction });
  if (filter.kind) filters.push({ kind: filter.kind });
  if (filter.status) filters.push({ status: filter.status });
  if (filter.unitId) filters.push({ hostUnitId: filter.unitId });
  if (filter.partnerId) filters.push({ partnerId: filter.partnerId });
  // A visit is in the range when it overlaps it: it ends on or after `from` and starts on or before `to`.
  if (filter.from) filters.push({ endDate: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) filters.push({ startDate: { lte: new Date(`${filter.to}T00:00:00Z`) } });
  return { AND: [scopeWhere(user, "visit:read"), ...filters] };
}

function listOrder(filter: VisitListFilter): Prisma.VisitOrderByWithRelationInput[] {
  return [{ startDate: filter.dir }, { title: "asc" }, { id: "asc" }];
}

/** One page of the staff list, sorted by start date. */
export async function listVisits(user: SessionUser | null, filter: VisitListFilter) {
  requireSomeScope(user, "visit:read");
  const where = visitListWhere(user!, filter);
  const [total, rows] = await Promise.all([
    db.visit.count({ where }),
    db.visit.findMany({ where, select: visitListSelect, orderBy: listOrder(filter), skip: (filter.page - 1) * VISIT_PAGE_SIZE, take: VISIT_PAGE_SIZE }),
  ]);
  return { rows, total, page: filter.page, pageSize: VISIT_PAGE_SIZE };
}

/**
 * The filters' choices: the units, and the partner the list is narrowed to (from a partner's page).
 * Not every partner with visits: thousands of options help nobody, and the search matches partners' names.
 */
export async function getVisitFilterOptions(user: SessionUser | null, partnerId?: string) {
  requireSomeScope(user, "visit:read");
  const [units, partner] = await Promise.all([
    db.unit.findMany({ where: { archivedAt: null }, select: { id: true, code: true, name: true }, orderBy: { name: "asc" } }),
    partnerId ? db.partner.findUnique({ where: { id: partnerId }, select: { id: true, name: true } }) : null,
  ]);
  return { units, partner };
}

// ─── One visit ───

/** A participant's columns everyone who may read the visit sees. */
const participantSelect = {
  id: true,
  userId: true,
  name: true,
  position: true,
  organization: true,
  email: true,
  arrivalAt: true,
  arrivalTransport: true,
  departureAt: true,
  departureTransport: true,
  needs: true,
  accommodation: true,
  accommodationNights: true,
  accommodationBooked: true,
  accommodationCost: true,
  visaStatus: true,
  visaUpdatedOn: true,
  tickets: true,
  insurance: true,
  perDiem: true,
  budgetLine: true,
  letterLanguage: true,
  sortOrder: true,
  user: { select: { id: true, name: true, email: true } },
} satisfies Prisma.VisitParticipantSelect;

/** The personal columns: only ever selected for the office (mayHandlePersonalData). */
const personalSelect = {
  nationalityCode: true,
  passportNumber: true,
  passportExpiresOn: true,
  birthDate: true,
  phone: true,
} satisfies Prisma.VisitParticipantSelect;

type ParticipantRow = Prisma.VisitParticipantGetPayload<{ select: typeof participantSelect }>;

/** A participant's personal data with its days as ISO text; null for a reader who may not see it. */
export interface ParticipantPersonalData {
  nationalityCode: string | null;
  passportNumber: string | null;
  passportExpiresOn: string | null;
  birthDate: string | null;
  phone: string | null;
}

/**
 * A participant as staff pages and letters read it: amounts as text (Decimal does not cross to
 * the browser), `personal` only for those who may handle personal data, else null.
 */
export type StaffParticipant = Omit<ParticipantRow, "accommodationCost" | "perDiem"> & {
  accommodationCost: string | null;
  perDiem: string | null;
  personal: ParticipantPersonalData | null;
};

const agendaSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  title: true,
  location: true,
  kind: true,
  host: true,
  participants: true,
  translations: true,
} satisfies Prisma.VisitAgendaItemSelect;

export type StaffAgendaItem = Prisma.VisitAgendaItemGetPayload<{ select: typeof agendaSelect }>;

const visitSelect = {
  id: true,
  title: true,
  direction: true,
  kind: true,
  purpose: true,
  partnerId: true,
  organizationName: true,
  agreementId: true,
  projectId: true,
  hostUnitId: true,
  responsibleId: true,
  startDate: true,
  endDate: true,
  status: true,
  outcome: true,
  costsCoveredBy: true,
  notes: true,
  isPublic: true,
  publicSummary: true,
  translations: true,
  personalDataErasedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  partner: { select: { id: true, name: true, countryCode: true, city: true } },
  agreement: { select: { id: true, referenceNumber: true, title: true } },
  project: { select: { id: true, title: true, acronym: true } },
  hostUnit: { select: { id: true, code: true, name: true } },
  responsible: { select: { id: true, name: true, email: true } },
  agenda: { select: agendaSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.VisitSelect;

type VisitRow = Prisma.VisitGetPayload<{ select: typeof visitSelect }>;

export type StaffVisit = VisitRow & {
  participants: StaffParticipant[];
  /** Whether `participants[].personal` was read (the user may handle personal data). */
  withPersonalData: boolean;
};

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const amount = (value: { toString(): string } | null) => (value === null ? null : value.toString());

function toStaffParticipant(row: ParticipantRow & Partial<Prisma.VisitParticipantGetPayload<{ select: typeof personalSelect }>>, withPersonalData: boolean): StaffParticipant {
  const { nationalityCode, passportNumber, passportExpiresOn, birthDate, phone, accommodationCost, perDiem, ...rest } = row;
  return {
    ...rest,
    accommodationCost: amount(accommodationCost),
    perDiem: amount(perDiem),
    personal: withPersonalData
      ? {
          nationalityCode: nationalityCode ?? null,
          passportNumber: passportNumber ?? null,
          passportExpiresOn: isoDay(passportExpiresOn ?? null),
          birthDate: isoDay(birthDate ?? null),
          phone: phone ?? null,
        }
      : null,
  };
}

/**
 * One visit with its participants (in their order) and agenda (by time), or null when unknown or
 * outside the user's scope. The participants' personal data is read only for the office; for a
 * coordinator `personal` is null and the columns never leave the database. The invitation letters
 * and the printed agenda read visits through this function.
 */
export async function getVisitForStaff(user: SessionUser | null, id: string): Promise<StaffVisit | null> {
  requireSomeScope(user, "visit:read");
  const withPersonalData = mayHandlePersonalData(user);
  const visit = await db.visit.findFirst({ where: { AND: [scopeWhere(user, "visit:read"), { id }] }, select: visitSelect });
  if (!visit) return null;
  const participants = await db.visitParticipant.findMany({
    where: { visitId: id },
    select: withPersonalData ? { ...participantSelect, ...personalSelect } : participantSelect,
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return { ...visit, participants: participants.map((row) => toStaffParticipant(row, withPersonalData)), withPersonalData };
}

// ─── The form's choices ───

/** Roles that may be a visit's responsible officer: the office, read from the permission table. */
export const OFFICE_ROLES: Role[] = Object.values(Role).filter((role) => mayHandlePersonalData({ id: "", role, unitId: null }));

/** A unit id no row has: a coordinator without a unit sees no unit's choices. */
const NO_UNIT = "00000000-0000-0000-0000-000000000000";

/**
 * What the visit form offers, limited to what the user may link: coordinators their own unit and
 * their unit's agreements and projects; the responsible officer is chosen among the office staff.
 */
export async function getVisitFormOptions(user: SessionUser | null) {
  requireSomeScope(user, "visit:create");
  const officeWide = mayHandlePersonalData(user);
  const [partners, agreements, projects, units, officers] = await Promise.all([
    db.partner.findMany({ where: { archivedAt: null }, select: { id: true, name: true, countryCode: true }, orderBy: { name: "asc" } }),
    db.agreement.findMany({
      where: { AND: [scopeWhere(user, "agreement:read"), { status: { in: ["ACTIVE", "AWAITING_SIGNATURE", "IN_NEGOTIATION", "DRAFT"] } }] },
      select: { id: true, referenceNumber: true, title: true },
      orderBy: { referenceNumber: "asc" },
    }),
    db.project.findMany({ where: scopeWhere(user, "project:read"), select: { id: true, title: true, acronym: true }, orderBy: { title: "asc" } }),
    db.unit.findMany({
      where: { AND: [{ archivedAt: null }, officeWide ? {} : { id: user!.unitId ?? NO_UNIT }] },
      select: { id: true, code: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({ where: { role: { in: OFFICE_ROLES }, disabledAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { partners, agreements, projects, units, officers };
}

export type VisitFormOptions = Awaited<ReturnType<typeof getVisitFormOptions>>;

/** Staff who may travel on an outgoing trip (the participant form's "staff member"): the unit's for a coordinator, anyone on staff for the office. */
export async function listTravellers(user: SessionUser | null) {
  requireSomeScope(user, "visit:update");
  return db.user.findMany({
    where: { AND: [{ role: { in: ["COORDINATOR", "OFFICER", "ADMIN"] }, disabledAt: null }, mayHandlePersonalData(user) ? {} : { unitId: user!.unitId ?? NO_UNIT }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

// ─── A partner's visits ───

/** The visits with one partner that the user may see, latest first (the partner's staff page). */
export async function listVisitsForPartner(user: SessionUser | null, partnerId: string, take = 50): Promise<VisitListRow[]> {
  requireSomeScope(user, "visit:read");
  return db.visit.findMany({
    where: { AND: [scopeWhere(user, "visit:read"), { partnerId }] },
    select: visitListSelect,
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take,
  });
}
