import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/current-user";
import { splitGrant, type Permission, type Principal, type ResourceContext, type Scope } from "./catalogue";
import { PERMISSION_TABLE } from "./table";

/** The subject of a check: the signed-in user, or null for the anonymous visitor. */
export type Actor = Pick<SessionUser, "id" | "role" | "unitId"> | null;

const scopesByPrincipal = new Map<Principal, Map<Permission, Set<Scope>>>(
  Object.entries(PERMISSION_TABLE).map(([principal, grants]) => {
    const byPermission = new Map<Permission, Set<Scope>>();
    for (const grant of grants) {
      const { permission, scope } = splitGrant(grant);
      const scopes = byPermission.get(permission) ?? new Set<Scope>();
      scopes.add(scope);
      byPermission.set(permission, scopes);
    }
    return [principal as Principal, byPermission];
  }),
);

export function principalOf(actor: Actor): Principal {
  return actor?.role ?? "VISITOR";
}

/** The scopes in which the actor holds a permission (empty when not at all). */
export function scopesOf(actor: Actor, permission: Permission): ReadonlySet<Scope> {
  return scopesByPrincipal.get(principalOf(actor))?.get(permission) ?? new Set();
}

function scopeMatches(scope: Scope, actor: Actor, resource: ResourceContext | undefined): boolean {
  if (scope === "any") return true;
  if (!resource) return false;
  switch (scope) {
    case "own-unit":
      return actor?.unitId != null && resource.unitId === actor.unitId;
    case "own":
      return actor != null && resource.ownerId === actor.id;
    case "public":
      return resource.isPublic === true;
  }
}

/**
 * Whether the actor may do `permission` on the given record. Without a record only an `any` grant
 * counts: a coordinator may not "update agreements" in general, only those of their unit.
 */
export function can(actor: Actor, permission: Permission, resource?: ResourceContext): boolean {
  for (const scope of scopesOf(actor, permission)) {
    if (scopeMatches(scope, actor, resource)) return true;
  }
  return false;
}

/**
 * Whether the actor holds the permission in any scope: the coarse gate before input is read, and
 * what menus use to decide what to show. Never enough on its own to touch a record.
 */
export function canSome(actor: Actor, permission: Permission): boolean {
  return scopesOf(actor, permission).size > 0;
}

/** Throws UNAUTHENTICATED for a visitor and FORBIDDEN for a signed-in user lacking the right. */
export function requirePermission(actor: Actor, permission: Permission, resource?: ResourceContext): void {
  if (can(actor, permission, resource)) return;
  throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
}
