import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./can";
import { scopesOf } from "./can";
import type { Permission, Scope } from "./catalogue";

/** The Prisma `where` type each record-backed resource is filtered with. */
interface WhereByResource {
  unit: Prisma.UnitWhereInput;
  institution: Prisma.InstitutionWhereInput;
  partner: Prisma.PartnerWhereInput;
  agreement: Prisma.AgreementWhereInput;
  document: Prisma.AgreementDocumentWhereInput;
  center: Prisma.CenterWhereInput;
  program: Prisma.MobilityProgramWhereInput;
  opportunity: Prisma.OpportunityWhereInput;
  application: Prisma.ApplicationWhereInput;
  mobility: Prisma.MobilityRecordWhereInput;
  project: Prisma.ProjectWhereInput;
  "grant-call": Prisma.GrantCallWhereInput;
  visit: Prisma.VisitWhereInput;
  event: Prisma.EventWhereInput;
  strategy: Prisma.StrategyGoalWhereInput;
  "international-student": Prisma.InternationalStudentWhereInput;
  user: Prisma.UserWhereInput;
  audit: Prisma.AuditLogWhereInput;
}

export type ScopedResource = keyof WhereByResource;

type ScopedPermission = Extract<Permission, `${ScopedResource}:${string}`>;

type ResourceOfPermission<P extends ScopedPermission> = P extends `${infer R}:${string}`
  ? R extends ScopedResource
    ? R
    : never
  : never;

interface ScopeFilters<W> {
  public?: W;
  ownUnit?: (unitId: string) => W;
  own?: (userId: string) => W;
}

/**
 * How each non-`any` scope reads in the query of each resource. Every scope the permission table
 * grants must have its filter here; the permission unit test checks that.
 */
export const SCOPE_FILTERS: { [R in ScopedResource]: ScopeFilters<WhereByResource[R]> } = {
  unit: {},
  institution: {},
  partner: { public: { isPublic: true, archivedAt: null } },
  agreement: { ownUnit: (unitId) => ({ unitId }) },
  document: { ownUnit: (unitId) => ({ agreement: { unitId } }) },
  center: { public: { isPublic: true } },
  program: { public: { isActive: true } },
  opportunity: { public: { status: "PUBLISHED" }, ownUnit: (unitId) => ({ unitId }) },
  // A coordinator reviews the applications of their unit's students.
  application: { own: (userId) => ({ studentId: userId }), ownUnit: (unitId) => ({ student: { unitId } }) },
  mobility: { own: (userId) => ({ userId }), ownUnit: (unitId) => ({ unitId }) },
  project: { public: { isPublic: true }, ownUnit: (unitId) => ({ unitId }) },
  "grant-call": { public: { isPublic: true, status: "PUBLISHED" } },
  visit: { ownUnit: (unitId) => ({ hostUnitId: unitId }) },
  event: { public: { isPublished: true }, ownUnit: (unitId) => ({ unitId }) },
  strategy: {},
  "international-student": { ownUnit: (unitId) => ({ unitId }) },
  user: { own: (userId) => ({ id: userId }), ownUnit: (unitId) => ({ unitId }) },
  audit: { own: (userId) => ({ actorId: userId }) },
};

type AnyWhere = Record<string, unknown>;

/** A filter no row satisfies (every model has an `id`). */
const MATCH_NOTHING: AnyWhere = { id: { in: [] } };

function filterFor(filters: ScopeFilters<AnyWhere>, scope: Exclude<Scope, "any">, actor: Actor): AnyWhere | undefined {
  switch (scope) {
    case "public":
      return filters.public;
    case "own-unit":
      return actor?.unitId ? filters.ownUnit?.(actor.unitId) : undefined;
    case "own":
      return actor ? filters.own?.(actor.id) : undefined;
  }
}

/**
 * The `where` fragment that limits a query to the records the actor may see for `permission`:
 * `{}` for an `any` grant, the unit/owner/public filters OR-ed for narrower grants, and a filter
 * matching nothing when the actor holds no grant. Combine it with the query's own filters through
 * `AND: [scopeWhere(...), filters]` so it cannot be overwritten by a same-named field.
 */
export function scopeWhere<P extends ScopedPermission>(
  actor: Actor,
  permission: P,
): WhereByResource[ResourceOfPermission<P>] {
  return buildScopeWhere(actor, permission) as WhereByResource[ResourceOfPermission<P>];
}

function buildScopeWhere(actor: Actor, permission: ScopedPermission): AnyWhere {
  const scopes = scopesOf(actor, permission);
  if (scopes.has("any")) return {};
  const resource = permission.slice(0, permission.indexOf(":")) as ScopedResource;
  const filters = SCOPE_FILTERS[resource] as ScopeFilters<AnyWhere>;
  const parts: AnyWhere[] = [];
  for (const scope of scopes) {
    if (scope === "any") continue;
    const part = filterFor(filters, scope, actor);
    if (part) parts.push(part);
  }
  if (parts.length === 0) return MATCH_NOTHING;
  if (parts.length === 1) return parts[0] as AnyWhere;
  return { OR: parts };
}
