import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, canSome, type Permission, type ResourceContext } from "@/lib/permissions";
import { getCurrentUser, type SessionUser } from "./current-user";

function signInPath(returnTo: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`;
}

/**
 * For pages and layouts: sends a visitor to sign in (and back to `returnTo` afterwards), and
 * renders the 403 page for a user without the permission. With a record, the check is scoped to
 * it; without one, holding the permission in any scope lets the page render (its queries then
 * scope the rows through `scopeWhere`).
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
