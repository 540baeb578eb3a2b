import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopesOf, type Actor } from "@/lib/permissions";

/**
 * The raw-SQL twin of `scopeWhere(actor, "application:<action>")` for the queue's hand-written
 * queries (Prisma cannot order by an aggregate of a relation). It mirrors SCOPE_FILTERS.application:
 * `own` = the applicant, `own-unit` = the applicant's unit. `a` is "Application", `u` its student.
 */
export function applicationScopeSql(actor: Actor, permission: "application:read" | "application:review"): Prisma.Sql {
  const scopes = scopesOf(actor, permission);
  if (scopes.has("any")) return Prisma.sql`TRUE`;
  const parts: Prisma.Sql[] = [];
  if (scopes.has("own") && actor) parts.push(Prisma.sql`a."studentId" = ${actor.id}::uuid`);
  if (scopes.has("own-unit") && actor?.unitId) parts.push(Prisma.sql`u."unitId" = ${actor.unitId}::uuid`);
  if (parts.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}
