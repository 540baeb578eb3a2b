import "server-only";
import { toIsoDay } from "@/lib/agreements/dates";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { requireStaffProjectRead, staffProjectScope } from "./access";
import { PROJECT_LIST_PAGE_SIZE, type ProjectListFilter } from "./schemas";

/**
 * The staff side's reads: the list with its filters, one project's record, and the choices of its
 * form. The scope is part of every query (a coordinator's list holds their unit's projects only,
 * and another unit's project is "not found").
 */

const listRowSelect = {
  id: true,
  title: true,
  acronym: true,
  status: true,
  fundingProgram: true,
  ourRole: true,
  startDate: true,
  endDate: true,
  isPublic: true,
  unit: { select: { code: true, name: true } },
} satisfies Prisma.ProjectSelect;

export type StaffProjectRow = Prisma.ProjectGetPayload<{ select: typeof listRowSelect }>;

function filterWhere(filter: ProjectListFilter): Prisma.ProjectWhereInput {
  const where: Prisma.ProjectWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.program) where.push({ fundingProgram: filter.program });
  if (filter.unitId) where.push({ unitId: filter.unitId });
  if (filter.role) where.push({ ourRole: filter.role });
  if (filter.year) {
    // Projects running at any time in the year.
    where.push({ startDate: { lte: new Date(Date.UTC(filter.year, 11, 31)) }, endDate: { gte: new Date(Date.UTC(filter.year, 0, 1)) } });
  }
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" } as const;
    where.push({
      OR: [
        { title: contains },
        { acronym: contains },
        { grantNumber: contains },
        { coordinatorInstitution: contains },
        // The title in the other languages too (decision 010): staff search in the language they think in.
        ...CONTENT_LANGUAGES.map((language) => ({ translations: { path: [language, "title"], string_contains: filter.q, mode: "insensitive" } }) as const),
        { partners: { some: { name: contains } } },
      ],
    });
  }
  return { AND: where };
}

export async function listStaffProjects(user: SessionUser | null, filter: ProjectListFilter) {
  requireStaffProjectRead(user);
  const where: Prisma.ProjectWhereInput = { AND: [staffProjectScope(user), filterWhere(filter)] };
  const [total, rows] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      select: listRowSelect,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * PROJECT_LIST_PAGE_SIZE,
      take: PROJECT_LIST_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page: filter.page, pageSize: PROJECT_LIST_PAGE_SIZE };
}

/** The funding programs named on the projects the user sees, for the list's filter. */
export async function listFundingPrograms(user: SessionUser | null): Promise<string[]> {
  requireStaffProjectRead(user);
  const rows = await db.project.findMany({ where: staffProjectScope(user), select: { fundingProgram: true }, distinct: ["fundingProgram"], orderBy: { fundingProgram: "asc" } });
  return rows.map((row) => row.fundingProgram);
}

/** The units to filter the list by: every unit for the office; none for a coordinator (their list is their unit's). */
export async function listProjectFilterUnits(user: SessionUser | null) {
  requireStaffProjectRead(user);
  if (!can(user, "project:read")) return [];
  return db.unit.findMany({ where: { archivedAt: null }, select: { id: true, code: true, name: true }, orderBy: { name: "asc" } });
}

const detailSelect = {
  id: true,
  slug: true,
  title: true,
  acronym: true,
  fundingProgram: true,
  action: true,
  grantNumber: true,
  coordinatorInstitution: true,
  ourRole: true,
  status: true,
  submittedOn: true,
  decidedOn: true,
  unitId: true,
  startDate: true,
  endDate: true,
  budget: true,
  currency: true,
  summary: true,
  objectives: true,
  outcomes: true,
  translations: true,
  isPublic: true,
  budgetIsPublic: true,
  version: true,
  updatedAt: true,
  unit: { select: { id: true, code: true, name: true } },
  grantCall: { select: { id: true, title: true } },
  partners: {
    select: { id: true, partnerId: true, name: true, countryCode: true, role: true, pic: true, partner: { select: { id: true, name: true } } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  },
  team: { select: { id: true, userId: true, name: true, role: true, user: { select: { email: true, disabledAt: true } } }, orderBy: { name: "asc" } },
} satisfies Prisma.ProjectSelect;

/** One project's record for its staff pages, with dates as ISO days and money as text. */
export async function getStaffProject(user: SessionUser | null, id: string) {
  requireStaffProjectRead(user);
  const row = await db.project.findFirst({ where: { AND: [staffProjectScope(user), { id }] }, select: detailSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return {
    ...row,
    startDate: toIsoDay(row.startDate)!,
    endDate: toIsoDay(row.endDate)!,
    submittedOn: toIsoDay(row.submittedOn),
    decidedOn: toIsoDay(row.decidedOn),
    budget: row.budget?.toFixed(2) ?? null,
  };
}

export type StaffProject = Awaited<ReturnType<typeof getStaffProject>>;

export interface ProjectFormOptions {
  units: { id: string; code: string; name: string }[];
  partners: { id: string; name: string; countryCode: string; pic: string | null }[];
  people: { id: string; name: string; email: string }[];
}

/**
 * The choices of the project form: units (a coordinator's own only), the partner registry, and
 * staff accounts for the team (a coordinator's unit's; the office's all). The members already in a
 * project stay offered even if they would not be now.
 */
export async function getProjectFormOptions(user: SessionUser, keep: { userIds?: readonly string[] } = {}): Promise<ProjectFormOptions> {
  const anyUnit = can(user, "project:create") || can(user, "project:update");
  const unitWhere: Prisma.UnitWhereInput = anyUnit ? { archivedAt: null } : { id: { in: user.unitId ? [user.unitId] : [] } };
  const peopleScope: Prisma.UserWhereInput = can(user, "user:read") ? {} : { unitId: user.unitId ?? "00000000-0000-0000-0000-000000000000" };
  const [units, partners, people] = await Promise.all([
    db.unit.findMany({ where: unitWhere, select: { id: true, code: true, name: true }, orderBy: { name: "asc" } }),
    db.partner.findMany({ where: { archivedAt: null }, select: { id: true, name: true, countryCode: true, pic: true }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: {
        OR: [
          { AND: [peopleScope, { disabledAt: null, role: { in: ["COORDINATOR", "OFFICER", "ADMIN"] } }] },
          { id: { in: [...(keep.userIds ?? [])] } },
        ],
      },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { units, partners, people };
}
