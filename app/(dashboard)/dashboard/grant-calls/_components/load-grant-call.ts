import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { canReadStaffGrantCalls, getStaffGrantCall } from "@/lib/grant-calls/queries";
import type { Permission } from "@/lib/permissions";

/**
 * The call and the user for a staff page: 403 for a role that may not open staff calls (or lacks
 * `permission`, e.g. "grant-call:update" for the edit page), 404 for an unknown id.
 */
export const loadStaffGrantCall = cache(async (id: string, returnTo: string, permission?: Permission) => {
  const user = await requirePageAccess(returnTo, permission);
  if (!canReadStaffGrantCalls(user)) forbidden();
  const call = await loadRecordOr404(id, (callId) => getStaffGrantCall(user, callId));
  return { user, call };
});

/** The list pages' guard: a signed-in member of staff who reads grant calls. */
export async function requireStaffGrantCallPage(returnTo: string, permission?: Permission) {
  const user = await requirePageAccess(returnTo, permission);
  if (!canReadStaffGrantCalls(user)) forbidden();
  return user;
}
