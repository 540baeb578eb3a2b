import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { SessionUser } from "./current-user";

/** What the session cookie (an encrypted JWT) carries: who, and the stamp it was issued with. */
export interface SessionClaims {
  userId: string;
  stamp: string;
}

/**
 * A fingerprint of the account's password hash and session version. A session whose stamp no
 * longer matches was issued before a password change or before its sessions were ended (sign-out,
 * "sign out everywhere", disabling; see sessions.ts), so it is refused on its next request.
 */
export function sessionStampOf(user: { passwordHash: string | null; sessionVersion: number }): string {
  return createHash("sha256")
    .update(`session:${user.sessionVersion}:${user.passwordHash ?? ""}`)
    .digest("base64url")
    .slice(0, 22);
}

/** The user behind a session, or null when the account is gone, disabled or its sessions ended. */
export async function loadSessionUser(claims: SessionClaims): Promise<SessionUser | null> {
  const row = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, unitId: true, disabledAt: true, passwordHash: true, sessionVersion: true },
  });
  if (!row || row.disabledAt) return null;
  if (sessionStampOf(row) !== claims.stamp) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, unitId: row.unitId };
}
