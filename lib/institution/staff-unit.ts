import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { canSome } from "@/lib/permissions";

/**
 * The unit a staff member belongs to (a coordinator's faculty, say), for naming it on their own
 * pages; null for people without a unit or without the right to read units.
 */
export async function getOwnUnit(user: SessionUser | null): Promise<{ code: string; name: string } | null> {
  if (!user?.unitId || !canSome(user, "unit:read")) return null;
  return db.unit.findUnique({ where: { id: user.unitId }, select: { code: true, name: true } });
}
