import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/forms/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, StudyLevel } from "@/lib/generated/prisma/enums";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import type { UserListFilter, UserStatus } from "./schemas";

export const USERS_PAGE_SIZE = 20;

const userRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  passwordHash: true,
  emailVerifiedAt: true,
  disabledAt: true,
  createdAt: true,
  unit: { select: { id: true, code: true, name: true } },
  _count: { select: { accounts: true } },
} satisfies Prisma.UserSelect;

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  usesSso: boolean;
  createdAt: Date;
  unit: { id: string; code: string; name: string } | null;
}

const STATUS_WHERE: Record<UserStatus, Prisma.UserWhereInput> = {
  disabled: { disabledAt: { not: null } },
  // Invited staff have not chosen a password yet; unconfirmed students have not opened their link.
  invited: { disabledAt: null, emailVerifiedAt: null, passwordHash: null },
  unconfirmed: { disabledAt: null, emailVerifiedAt: null, passwordHash: { not: null } },
  active: { disabledAt: null, emailVerifiedAt: { not: null } },
};

function statusOf(row: { disabledAt: Date | null; emailVerifiedAt: Date | null; passwordHash: string | null }): UserStatus {
  if (row.disabledAt) return "disabled";
  if (row.emailVerifiedAt) return "active";
  return row.passwordHash ? "unconfirmed" : "invited";
}

function filterWhere(filter: UserListFilter): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput[] = [];
  if (filter.q) {
    where.push({
      OR: [{ email: { contains: filter.q, mode: "insensitive" } }, { name: { contains: filter.q, mode: "insensitive" } }],
    });
  }
  if (filter.role) where.push({ role: filter.role });
  if (filter.unitId) where.push({ unitId: filter.unitId });
  if (filter.status) where.push(STATUS_WHERE[filter.status]);
  return { AND: where };
}

/** A page of users matching the filters, by name, never exposing password hashes. */
export async function listUsers(
  user: SessionUser | null,
  filter: UserListFilter,
): Promise<{ rows: UserRow[]; total: number; page: number; pageSize: number }> {
  requirePermission(user, "user:manage");
  const where: Prisma.UserWhereInput = { AND: [scopeWhere(user, "user:read"), filterWhere(filter)] };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select: userRowSelect,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (filter.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return {
    rows: rows.map(({ passwordHash, emailVerifiedAt, disabledAt, _count, ...row }) => ({
      ...row,
      status: statusOf({ passwordHash, emailVerifiedAt, disabledAt }),
      usesSso: _count.accounts > 0,
    })),
    total,
    page: filter.page,
    pageSize: USERS_PAGE_SIZE,
  };
}

/** Units for pick lists and filters. */
export async function listUnits(user: SessionUser | null): Promise<{ id: string; code: string; name: string }[]> {
  requirePermission(user, "unit:read");
  return db.unit.findMany({ select: { id: true, code: true, name: true }, orderBy: { name: "asc" } });
}

export interface UserDetail extends UserRow {
  disabledAt: Date | null;
}

/** One user for the admin's detail page, or null when there is no such user. */
export async function getUserForAdmin(user: SessionUser | null, userId: string): Promise<UserDetail | null> {
  requirePermission(user, "user:manage");
  if (!isUuid(userId)) return null;
  const row = await db.user.findFirst({ where: { AND: [scopeWhere(user, "user:read"), { id: userId }] }, select: userRowSelect });
  if (!row) return null;
  const { passwordHash, emailVerifiedAt, disabledAt, _count, ...rest } = row;
  return { ...rest, disabledAt, status: statusOf({ passwordHash, emailVerifiedAt, disabledAt }), usesSso: _count.accounts > 0 };
}

/**
 * What the account page shows besides the session's own fields: the user's unit, whether they
 * have a password at all (accounts created through single sign-on have none to change), and the
 * level of study a student has said (null when not set, and for staff).
 */
export async function getOwnAccount(
  user: SessionUser | null,
): Promise<{ unit: { name: string; translations: unknown } | null; hasPassword: boolean; studyLevel: StudyLevel | null }> {
  requirePermission(user, "account:read", { ownerId: user?.id });
  const row = await db.user.findUniqueOrThrow({
    where: { id: user!.id },
    select: { passwordHash: true, studyLevel: true, unit: { select: { name: true, translations: true } } },
  });
  return { unit: row.unit, hasPassword: row.passwordHash !== null, studyLevel: row.studyLevel };
}
