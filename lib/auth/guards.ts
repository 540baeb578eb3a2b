import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { isUuid } from "@/lib/forms/fields";
import { isAppError } from "@/lib/errors/app-error";
import { can, canSome, type Permission, type ResourceContext } from "@/lib/permissions";
import { getCurrentUser, type SessionUser } from "./current-user";

/**
 * The two guards every page uses, so the same case gets the same answer everywhere:
 *
 * - no session → the sign-in page, and back to the page afterwards;
 * - a signed-in user without the page's permission in any scope → 403 ("you may not open this");
 * - a record id that is malformed, unknown, or outside the user's unit or ownership → 404 (a record
 *   the user may not see is not confirmed to exist).
 */

function signInPath(returnTo: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`;
}

/**
 * For pages and layouts: the signed-in user, who must hold `permission` (in some scope, or for
 * `resource` when given). A page's queries then scope its rows through `scopeWhere`.
 */
export async function requirePageAccess(
  returnTo: string,
  permission?: Permission,
  resource?: ResourceContext,
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(returnTo));
  if (permission) {
    const allowed = resource ? can(user, permission, resource) : canSome(user, permission);
    if (!allowed) forbidden();
  }
  return user;
}

/**
 * One record for a page, or 404: checks the id's shape before any query, and treats "not found" and
 * "not yours" alike, whether the loader returns null or throws NOT_FOUND / FORBIDDEN.
 */
export async function loadRecordOr404<T>(id: string, load: (id: string) => Promise<T | null | undefined>): Promise<T> {
  if (!isUuid(id)) notFound();
  try {
    const record = await load(id);
    if (record === null || record === undefined) notFound();
    return record;
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
