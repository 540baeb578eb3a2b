import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors/app-error";
import { getStaffOpportunity } from "@/lib/opportunities/queries";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The call and the user for a staff page, or a 404 (unknown id, or outside the user's unit). */
export const loadStaffOpportunity = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user || !UUID.test(id)) notFound();
  try {
    return { user, opportunity: await getStaffOpportunity(user, id) };
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
});
