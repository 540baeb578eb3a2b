import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, requirePermission, type Actor } from "@/lib/permissions";

/**
 * Who reaches a project's staff record: the office (`project:read:any`) every project, a
 * coordinator (`project:read:own-unit`) their unit's. The public grant every role holds opens the
 * public pages only, never the staff record, so it plays no part here. A project out of reach is
 * "not found", never "forbidden".
 */

export function canReadStaffProjects(user: Actor): boolean {
  return can(user, "project:read") || (user?.unitId != null && can(user, "project:read", { unitId: user.unitId }));
}

/** The staff scope as a `where`, without the public grant. */
export function staffProjectScope(user: Actor): Prisma.ProjectWhereInput {
  if (can(user, "project:read")) return {};
  return user?.unitId && can(user, "project:read", { unitId: user.unitId }) ? { unitId: user.unitId } : { id: { in: [] } };
}

export function requireStaffProjectRead(user: Actor): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!canReadStaffProjects(user)) throw new AppError("FORBIDDEN");
}

/** Whether the user may create projects at all (the office anywhere, a coordinator for their unit). */
export function canCreateProjects(user: Actor): boolean {
  return can(user, "project:create") || (user?.unitId != null && can(user, "project:create", { unitId: user.unitId }));
}

/** What the page offers on one project (every write checks again). */
export function projectAbilities(user: Actor, unitId: string | null) {
  return { update: can(user, "project:update", { unitId }), delete: can(user, "project:delete", { unitId }) };
}

/**
 * A project the user may change, read inside the write's transaction: NOT_FOUND when it is missing
 * or outside the user's reach, FORBIDDEN when they may see but not change it.
 */
export async function loadProjectForWrite(tx: TransactionClient, user: SessionUser, projectId: string) {
  requireStaffProjectRead(user);
  const project = await tx.project.findFirst({
    where: { AND: [staffProjectScope(user), { id: projectId }] },
    select: { id: true, unitId: true, status: true, version: true, startDate: true, endDate: true, currency: true, title: true },
  });
  if (!project) throw new AppError("NOT_FOUND");
  requirePermission(user, "project:update", { unitId: project.unitId });
  return project;
}

export type ProjectForWrite = Awaited<ReturnType<typeof loadProjectForWrite>>;
