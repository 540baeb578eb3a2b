import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { SessionUser } from "./current-user";

/** What the session cookie (an encrypted JWT) carries: who, and which password it was issued for. */
export interface SessionClaims {
  userId: string;
  stamp: string;
}

/**
 * A fingerprint of the user's password hash. A session whose stamp no longer matches was issued
 * before a password change or reset, so changing the password signs out every other browser.
 */
export function sessionStampOf(passwordHash: string | null): string {
  return createHash("sha256").update(`session:${passwordHash ?? ""}`).digest("base64url").slice(0, 22);
}

/** The user behind a session, or null when the account is gone, disabled or its password changed. */
export async function loadSessionUser(claims: SessionClaims): Promise<SessionUser | null> {
  const row = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, unitId: true, disabledAt: true, passwordHash: true },
  });
  if (!row || row.disabledAt) return null;
  if (sessionStampOf(row.passwordHash) !== claims.stamp) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, unitId: row.unitId };
}
