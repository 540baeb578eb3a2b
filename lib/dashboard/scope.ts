import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopesOf } from "@/lib/permissions";

/**
 * Whose records a dashboard counts: the whole office, or one unit (a coordinator's). It follows the
 * reports permission, which is what the figures are: `report:read:any` for the office,
 * `report:read:own-unit` for a coordinator. Anyone else has no figures at all.
 */
export type DashboardScope = { kind: "office" } | { kind: "unit"; unitId: string };

export function dashboardScopeOf(user: SessionUser | null): DashboardScope | null {
  const scopes = scopesOf(user, "report:read");
  if (scopes.has("any")) return { kind: "office" };
  if (scopes.has("own-unit") && user?.unitId) return { kind: "unit", unitId: user.unitId };
  return null;
}

/** A cache key part: the same scope shares cached figures. */
export function scopeKey(scope: DashboardScope): string {
  return scope.kind === "office" ? "office" : `unit:${scope.unitId}`;
}

/** `column = unit` for a unit's dashboard, TRUE for the office's; `column` is trusted SQL (a column name). */
export function inScope(scope: DashboardScope, column: string): Prisma.Sql {
  return scope.kind === "office" ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(column)} = ${scope.unitId}::uuid`;
}
