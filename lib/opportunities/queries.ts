import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import type { StaffOpportunityFilter } from "./schemas";

export const STAFF_PAGE_SIZE = 25;

const staffRowSelect = {
  id: true,
  title: true,
  status: true,
  academicYear: true,
  academicPeriod: true,
  places: true,
  opensAt: true,
  closesAt: true,
  version: true,
  program: { select: { id: true, name: true } },
  partner: { select: { id: true, name: true, countryCode: true } },
  unit: { select: { id: true, code: true, name: true } },
  _count: { select: { applications: true } },
} satisfies Prisma.OpportunitySelect;

export type StaffOpportunityRow = Prisma.OpportunityGetPayload<{ select: typeof staffRowSelect }>;

function staffFilterWhere(filter: StaffOpportunityFilter): Prisma.OpportunityWhereInput {
  const where: Prisma.OpportunityWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.program) where.push({ programId: filter.program });
  if (filter.q) {
    where.push({
      OR: [
        { title: { contains: filter.q, mode: "insensitive" } },
        // The title in the other languages too (decision 010): staff search in the language they think in.
        ...CONTENT_LANGUAGES.map((language) => ({ translations: { path: [language, "title"], string_contains: filter.q, mode: "insensitive" } }) as const),
        { partner: { name: { contains: filter.q, mode: "insensitive" } } },
        { academicPeriod: { contains: filter.q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: where };
}

/**
 * The staff list: officers see every call, coordinators only their unit's (the scope is part of
 * the query, so a guessed filter cannot widen it). Newest deadlines first.
 */
export async function listStaffOpportunities(
  user: SessionUser | null,
  filter: StaffOpportunityFilter,
): Promise<{ rows: StaffOpportunityRow[]; total: number; page: number; pageSize: number }> {
  if (!user) throw new AppError("UNAUTHENTICATED");
  requireStaffRead(user);
  const where: Prisma.OpportunityWhereInput = { AND: [staffScope(user), staffFilterWhere(filter)] };
  const [total, rows] = await Promise.all([
    db.opportunity.count({ where }),
    db.opportunity.findMany({
      where,
      select: staffRowSelect,
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page: filter.page, pageSize: STAFF_PAGE_SIZE };
}

/**
 * Staff read beyond the public grant: an officer's `any`, a coordinator's `own-unit`. The public
 * grant every role holds does not open the staff area (it would show published calls only).
 */
export function canReadStaffOpportunities(user: SessionUser): boolean {
  return can(user, "opportunity:read") || can(user, "opportunity:read", { unitId: user.unitId });
}

function requireStaffRead(user: SessionUser): void {
  if (!canReadStaffOpportunities(user)) throw new AppError("FORBIDDEN");
}

/** The staff scope without the public grant every principal holds. */
function staffScope(user: SessionUser): Prisma.OpportunityWhereInput {
  if (can(user, "opportunity:read")) return {};
  return user.unitId ? { unitId: user.unitId } : { id: { in: [] } };
}

const staffDetailSelect = {
  id: true,
  title: true,
  description: true,
  translations: true,
  status: true,
  programId: true,
  partnerId: true,
  agreementId: true,
  unitId: true,
  direction: true,
  audience: true,
  subjectAreas: true,
  places: true,
  funding: true,
  academicYear: true,
  academicPeriod: true,
  durationMonths: true,
  language: true,
  languageLevel: true,
  otherRequirements: true,
  selectionCriteria: true,
  opensAt: true,
  closesAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  program: { select: { id: true, code: true, name: true, isActive: true } },
  partner: { select: { id: true, name: true, slug: true, countryCode: true } },
  agreement: { select: { id: true, referenceNumber: true, title: true, status: true } },
  unit: { select: { id: true, code: true, name: true } },
  requiredDocuments: {
    select: { id: true, name: true, description: true, isMandatory: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  },
  _count: { select: { applications: true } },
} satisfies Prisma.OpportunitySelect;

export type StaffOpportunityDetail = Prisma.OpportunityGetPayload<{ select: typeof staffDetailSelect }>;

/** One call for its staff page and edit form; NOT_FOUND when missing or outside the user's unit. */
export async function getStaffOpportunity(user: SessionUser | null, id: string): Promise<StaffOpportunityDetail> {
  if (!user) throw new AppError("UNAUTHENTICATED");
  requireStaffRead(user);
  const row = await db.opportunity.findFirst({ where: { AND: [staffScope(user), { id }] }, select: staffDetailSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** Which lifecycle buttons the user gets on a call (the actions check again). */
export function opportunityAbilities(user: SessionUser, unitId: string | null) {
  const record = { unitId };
  return {
    update: can(user, "opportunity:update", record),
    publish: can(user, "opportunity:publish", record),
    create: can(user, "opportunity:create", record),
    delete: can(user, "opportunity:delete", record),
  };
}

/** Whether the user may create calls at all (officers anywhere, coordinators for their unit). */
export function canCreateOpportunities(user: SessionUser): boolean {
  return can(user, "opportunity:create") || can(user, "opportunity:create", { unitId: user.unitId });
}

export interface OpportunityFormOptions {
  programs: { id: string; name: string; isActive: boolean }[];
  partners: { id: string; name: string; countryCode: string }[];
  /** Only ACTIVE agreements, each with the partners it binds, so the form can offer a partner's own. */
  agreements: { id: string; referenceNumber: string; title: string; partnerIds: string[] }[];
  units: { id: string; code: string; name: string }[];
}

/**
 * The choices of the opportunity form. A coordinator is offered only their own unit. The current
 * values of an edited call are kept even if no longer offered (an inactive program, an expired
 * agreement), so opening the form does not silently change them.
 */
export async function getOpportunityFormOptions(
  user: SessionUser,
  keep: { programId?: string; agreementId?: string | null } = {},
): Promise<OpportunityFormOptions> {
  const unitWhere: Prisma.UnitWhereInput = can(user, "opportunity:create") ? {} : { id: { in: user.unitId ? [user.unitId] : [] } };
  const [programs, partners, agreements, units] = await Promise.all([
    db.mobilityProgram.findMany({
      where: keep.programId ? { OR: [{ isActive: true }, { id: keep.programId }] } : { isActive: true },
      select: { id: true, name: true, isActive: true },
      orderBy: { name: "asc" },
    }),
    db.partner.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true, countryCode: true },
      orderBy: { name: "asc" },
    }),
    db.agreement.findMany({
      where: keep.agreementId ? { OR: [{ status: "ACTIVE" }, { id: keep.agreementId }] } : { status: "ACTIVE" },
      select: { id: true, referenceNumber: true, title: true, partners: { select: { partnerId: true } } },
      orderBy: { referenceNumber: "asc" },
    }),
    db.unit.findMany({ where: unitWhere, select: { id: true, code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    programs,
    partners,
    agreements: agreements.map(({ partners: links, ...agreement }) => ({
      ...agreement,
      partnerIds: links.map((link) => link.partnerId),
    })),
    units,
  };
}
