import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db, type TransactionClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import type { SessionUser } from "./current-user";
import { sessionStampOf, type SessionClaims } from "./session-user";

/**
 * Ending sessions. A session cookie is an encrypted JWT that the server cannot recall, so it
 * carries a stamp of the account's session version (session-user.ts) and the per-request user
 * lookup refuses a stamp that no longer matches. Raising the version ends every session of the
 * account on its next request; the next sign-in is issued the new value. The version only ever
 * grows, so re-enabling a disabled account does not bring its old sessions back.
 */
export async function endAllSessions(client: TransactionClient, userId: string): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}

/**
 * Sign-out. A cookie cannot be told apart from a copy of it, so signing out ends the account's
 * sessions everywhere, not just in this browser. A cookie that is already invalid changes nothing:
 * an old, stolen cookie cannot be used to sign the owner out again and again.
 */
export async function endSessionOf(claims: SessionClaims): Promise<void> {
  const user = await db.user.findUnique({ where: { id: claims.userId }, select: { passwordHash: true, sessionVersion: true } });
  if (!user || sessionStampOf(user) !== claims.stamp) return;
  await db.user.updateMany({
    where: { id: claims.userId, sessionVersion: user.sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}

/**
 * "Sign out everywhere": anyone for their own account, an admin (user:manage) for any account.
 * Ends every session of the account, the caller's own included when it is theirs; audited.
 */
export async function signOutEverywhere(actor: SessionUser, userId: string): Promise<void> {
  if (userId !== actor.id) requirePermission(actor, "user:manage");
  await auditedWrite(actor, async (tx, audit) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!target) throw new AppError("NOT_FOUND");
    await endAllSessions(tx, userId);
    await audit({ action: "user.sign-out-everywhere", entityType: "User", entityId: userId });
  });
}
