import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { endOfDayIn, startOfDayIn } from "@/lib/dates/zoned";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, scopeWhere } from "@/lib/permissions";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { deadlineRangeError, type StaffGrantCallFilter } from "./schemas";
import { codesWithin } from "./subjects";

export const STAFF_PAGE_SIZE = 25;

/**
 * Staff read grant calls with an `any` grant (coordinators, officers, admins). The public grant every
 * principal holds does not open the staff area: it shows public published calls only.
 */
export function canReadStaffGrantCalls(user: SessionUser | null): user is SessionUser {
  return can(user, "grant-call:read");
}

export function requireStaffRead(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!canReadStaffGrantCalls(user)) throw new AppError("FORBIDDEN");
}

/** Which buttons the user gets on a call (the actions check again). */
export function grantCallAbilities(user: SessionUser) {
  return {
    create: can(user, "grant-call:create"),
    update: can(user, "grant-call:update"),
    delete: can(user, "grant-call:delete"),
    apply: can(user, "project:create") || can(user, "project:create", { unitId: user.unitId }),
  };
}

const staffRowSelect = {
  id: true,
  funder: true,
  program: true,
  title: true,
  translations: true,
  deadline: true,
  timeZone: true,
  status: true,
  isPublic: true,
  audiences: true,
  subjectAreas: true,
  _count: { select: { followers: true, projects: true } },
} satisfies Prisma.GrantCallSelect;

export type StaffGrantCallRow = Prisma.GrantCallGetPayload<{ select: typeof staffRowSelect }> & { following: boolean };

function textWhere(q: string): Prisma.GrantCallWhereInput {
  return {
    OR: [
      { title: { contains: q, mode: "insensitive" } },
      // The title in the other languages too (decision 010): staff search in the language they think in.
      ...CONTENT_LANGUAGES.map((language) => ({ translations: { path: [language, "title"], string_contains: q, mode: "insensitive" } }) as const),
      { funder: { contains: q, mode: "insensitive" } },
      { program: { contains: q, mode: "insensitive" } },
    ],
  };
}

/** The list's filters; a deadline range is read as whole days in the institution's time zone. */
async function staffFilterWhere(filter: StaffGrantCallFilter): Promise<Prisma.GrantCallWhereInput[]> {
  const where: Prisma.GrantCallWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.funder) where.push({ funder: { equals: filter.funder, mode: "insensitive" } });
  if (filter.audience) where.push({ audiences: { has: filter.audience } });
  if (filter.subject) where.push({ subjectAreas: { hasSome: codesWithin(filter.subject) } });
  if (filter.q) where.push(textWhere(filter.q));
  if ((filter.from || filter.to) && !deadlineRangeError(filter)) {
    const zone = await getInstitutionTimeZone();
    where.push({
      deadline: {
        ...(filter.from ? { gte: startOfDayIn(filter.from, zone) } : {}),
        ...(filter.to ? { lte: endOfDayIn(filter.to, zone) } : {}),
      },
    });
  }
  return where;
}

/**
 * The staff list, filtered: calls still open first, the nearest deadline first, then the calls whose
 * deadline has passed, the latest first (an office looks for what is due, then for what just closed).
 * Each part is read by deadline with its own index range, so a page may take the end of one and the
 * start of the other. With whether the user follows each call.
 */
export async function listStaffGrantCalls(
  user: SessionUser | null,
  filter: StaffGrantCallFilter,
  now: Date = new Date(),
): Promise<{ rows: StaffGrantCallRow[]; total: number; page: number; pageSize: number }> {
  requireStaffRead(user);
  const where: Prisma.GrantCallWhereInput = { AND: [scopeWhere(user, "grant-call:read"), ...(await staffFilterWhere(filter))] };
  const open: Prisma.GrantCallWhereInput = { AND: [where, { deadline: { gte: now } }] };
  const past: Prisma.GrantCallWhereInput = { AND: [where, { deadline: { lt: now } }] };
  const [openCount, pastCount] = await Promise.all([db.grantCall.count({ where: open }), db.grantCall.count({ where: past })]);
  const first = (filter.page - 1) * STAFF_PAGE_SIZE;
  const openTake = Math.max(0, Math.min(STAFF_PAGE_SIZE, openCount - first));
  const pastTake = STAFF_PAGE_SIZE - openTake;
  const select = { ...staffRowSelect, followers: { where: { userId: user.id }, select: { userId: true } } };
  const [openRows, pastRows] = await Promise.all([
    openTake > 0 ? db.grantCall.findMany({ where: open, select, orderBy: [{ deadline: "asc" }, { title: "asc" }, { id: "asc" }], skip: first, take: openTake }) : [],
    pastTake > 0 && pastCount > 0
      ? db.grantCall.findMany({ where: past, select, orderBy: [{ deadline: "desc" }, { title: "asc" }, { id: "asc" }], skip: Math.max(0, first - openCount), take: pastTake })
      : [],
  ]);
  return {
    rows: [...openRows, ...pastRows].map(({ followers, ...row }) => ({ ...row, following: followers.length > 0 })),
    total: openCount + pastCount,
    page: filter.page,
    pageSize: STAFF_PAGE_SIZE,
  };
}

/** The funders named by calls, for the list's filter. */
export async function listGrantCallFunders(user: SessionUser | null): Promise<string[]> {
  requireStaffRead(user);
  const rows = await db.grantCall.findMany({ where: scopeWhere(user, "grant-call:read"), distinct: ["funder"], select: { funder: true }, orderBy: { funder: "asc" } });
  return rows.map((row) => row.funder);
}

const staffDetailSelect = {
  id: true,
  funder: true,
  program: true,
  title: true,
  description: true,
  eligibility: true,
  translations: true,
  audiences: true,
  deadline: true,
  timeZone: true,
  budgetMin: true,
  budgetMax: true,
  currency: true,
  url: true,
  subjectAreas: true,
  status: true,
  isPublic: true,
  reminderLeadDays: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  documents: {
    select: { id: true, title: true, createdAt: true, file: { select: { fileName: true, mimeType: true, sizeBytes: true } } },
    orderBy: { createdAt: "asc" },
  },
  _count: { select: { followers: true } },
} satisfies Prisma.GrantCallSelect;

export type StaffGrantCallDetail = Prisma.GrantCallGetPayload<{ select: typeof staffDetailSelect }>;

/** One call for its staff page and edit form; NOT_FOUND when unknown. */
export async function getStaffGrantCall(user: SessionUser | null, id: string): Promise<StaffGrantCallDetail> {
  requireStaffRead(user);
  const row = await db.grantCall.findFirst({ where: { AND: [scopeWhere(user, "grant-call:read"), { id }] }, select: staffDetailSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** Whether the user follows the call. */
export async function isFollowing(user: SessionUser, callId: string): Promise<boolean> {
  const row = await db.grantCallFollow.findUnique({ where: { callId_userId: { callId, userId: user.id } }, select: { userId: true } });
  return row !== null;
}

/** The projects answering the call that the user may see (coordinators: their unit's and public ones). */
export async function listCallProjects(user: SessionUser, callId: string) {
  return db.project.findMany({
    where: { AND: [{ grantCallId: callId }, scopeWhere(user, "project:read")] },
    select: { id: true, slug: true, title: true, status: true, isPublic: true, unit: { select: { code: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
}
