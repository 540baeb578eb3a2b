import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import type { Permission } from "@/lib/permissions";
import { canReadStaffOpportunities, getStaffOpportunity } from "@/lib/opportunities/queries";

/**
 * The call and the user for a staff page: 403 for a role that may not open staff calls at all (or
 * lacks `permission`, e.g. "opportunity:update" for the edit page), 404 for an unknown id or a call
 * outside the user's unit.
 */
export const loadStaffOpportunity = cache(async (id: string, returnTo: string, permission?: Permission) => {
  const user = await requirePageAccess(returnTo, permission);
  if (!canReadStaffOpportunities(user)) forbidden();
  const opportunity = await loadRecordOr404(id, (opportunityId) => getStaffOpportunity(user, opportunityId));
  return { user, opportunity };
});
