import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, scopesOf, type Actor } from "@/lib/permissions";

/**
 * The review queue's scopes, once as Prisma `where` inputs and once as raw SQL for the queue's
 * hand-written queries (Prisma cannot order by an aggregate of a relation). Columns are named
 * through Prisma's generated field lists, so renaming one fails the type check here.
 */

const A = Prisma.ApplicationScalarFieldEnum;
const U = Prisma.UserScalarFieldEnum;
const O = Prisma.OpportunityScalarFieldEnum;

/** `alias."column"` for a column named by a generated field list. */
function column(alias: string, field: string): Prisma.Sql {
  return Prisma.raw(`${alias}."${field}"`);
}

/**
 * The raw-SQL twin of `scopeWhere(actor, "application:<action>")`. It mirrors
 * SCOPE_FILTERS.application: `own` = the applicant, `own-unit` = the applicant's unit. `a` is
 * "Application", `u` its student.
 */
export function applicationScopeSql(actor: Actor, permission: "application:read" | "application:review"): Prisma.Sql {
  const scopes = scopesOf(actor, permission);
  if (scopes.has("any")) return Prisma.sql`TRUE`;
  const parts: Prisma.Sql[] = [];
  if (scopes.has("own") && actor) parts.push(Prisma.sql`${column("a", A.studentId)} = ${actor.id}::uuid`);
  if (scopes.has("own-unit") && actor?.unitId) parts.push(Prisma.sql`${column("u", U.unitId)} = ${actor.unitId}::uuid`);
  if (parts.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * The calls whose review queue a reviewer may open: every call for the office; for a coordinator,
 * their unit's calls and office-wide ones (no unit), never another unit's.
 */
export function queueOpportunityWhere(actor: Actor): Prisma.OpportunityWhereInput {
  if (can(actor, "application:review")) return {};
  return { OR: [{ unitId: null }, ...(actor?.unitId ? [{ unitId: actor.unitId }] : [])] };
}

/** `queueOpportunityWhere` in raw SQL; `o` is "Opportunity". */
export function queueOpportunitySql(actor: Actor): Prisma.Sql {
  if (can(actor, "application:review")) return Prisma.sql`TRUE`;
  const unit = column("o", O.unitId);
  if (!actor?.unitId) return Prisma.sql`${unit} IS NULL`;
  return Prisma.sql`(${unit} IS NULL OR ${unit} = ${actor.unitId}::uuid)`;
}
