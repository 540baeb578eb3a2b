import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { AppError } from "@/lib/errors/app-error";
import { followRefusal } from "./lifecycle";
import { requireStaffRead } from "./queries";

/**
 * Following a call sends its deadline reminders to the follower (see reminders.ts). Only a published
 * call whose deadline is ahead can be followed; a closed one is refused with a message saying so,
 * and nothing is stored. Following twice changes nothing.
 */
export async function followGrantCall(user: SessionUser | null, callId: string): Promise<{ following: true }> {
  requireStaffRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const call = await tx.grantCall.findUnique({ where: { id: callId }, select: { status: true, deadline: true } });
    if (!call) throw new AppError("NOT_FOUND");
    const refusal = followRefusal(call, new Date());
    if (refusal) throw new AppError("CONFLICT", { messageKey: refusal });
    const { count } = await tx.grantCallFollow.createMany({ data: [{ callId, userId: user.id }], skipDuplicates: true });
    if (count > 0) await audit({ action: "grant-call.follow", entityType: "GrantCall", entityId: callId, after: { userId: user.id } });
    return { following: true };
  });
}

/** Stops the reminders; a call the user does not follow changes nothing. Allowed whatever the call's status. */
export async function unfollowGrantCall(user: SessionUser | null, callId: string): Promise<{ following: false }> {
  requireStaffRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const { count } = await tx.grantCallFollow.deleteMany({ where: { callId, userId: user.id } });
    if (count > 0) await audit({ action: "grant-call.unfollow", entityType: "GrantCall", entityId: callId, before: { userId: user.id } });
    return { following: false };
  });
}
