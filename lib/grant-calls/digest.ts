import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db } from "@/lib/db/client";
import { fieldError } from "@/lib/errors/app-error";
import { MESSAGES } from "@/lib/forms/fields";
import { requireStaffRead } from "./queries";
import type { DigestSubscriptionValues } from "./schemas";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/**
 * The weekly digest of new grant calls: one active subscription per person (the newest without
 * `unsubscribedAt`). Saving changes what the active one covers; ending it stamps `unsubscribedAt`;
 * subscribing again makes a new one, so an old unsubscribe link stays spent.
 */

const subscriptionSelect = { id: true, subjectAreas: true, unitIds: true, lastSentAt: true, createdAt: true } as const;

export async function getOwnDigestSubscription(user: SessionUser | null) {
  requireStaffRead(user);
  return db.digestSubscription.findFirst({ where: { userId: user.id, unsubscribedAt: null }, select: subscriptionSelect, orderBy: { createdAt: "desc" } });
}

/** The units a digest may follow: those not archived. */
export async function listDigestUnits(user: SessionUser | null) {
  requireStaffRead(user);
  return db.unit.findMany({ where: { archivedAt: null }, select: { id: true, code: true, name: true, translations: true }, orderBy: { name: "asc" } });
}

export async function saveDigestSubscription(user: SessionUser | null, input: DigestSubscriptionValues): Promise<{ id: string }> {
  requireStaffRead(user);
  return auditedWrite(user, async (tx, audit) => {
    if (input.unitIds.length > 0) {
      const known = await tx.unit.count({ where: { id: { in: input.unitIds }, archivedAt: null } });
      if (known !== input.unitIds.length) throw fieldError("unitIds", MESSAGES.option);
    }
    const data = { subjectAreas: input.subjectAreas, unitIds: input.unitIds };
    const current = await tx.digestSubscription.findFirst({ where: { userId: user.id, unsubscribedAt: null }, select: subscriptionSelect, orderBy: { createdAt: "desc" } });
    if (current) {
      await tx.digestSubscription.update({ where: { id: current.id }, data });
      await audit({ action: "grant-call.digest.update", entityType: "DigestSubscription", entityId: current.id, before: current, after: data });
      return { id: current.id };
    }
    const created = await tx.digestSubscription.create({ data: { ...data, userId: user.id }, select: { id: true } });
    await audit({ action: "grant-call.digest.subscribe", entityType: "DigestSubscription", entityId: created.id, after: data });
    return created;
  });
}

/** Ends the signed-in person's subscription from the settings page; without one nothing changes. */
export async function endOwnDigestSubscription(user: SessionUser | null): Promise<{ ended: boolean }> {
  requireStaffRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const active = await tx.digestSubscription.findMany({ where: { userId: user.id, unsubscribedAt: null }, select: { id: true } });
    const now = new Date();
    for (const { id } of active) {
      await tx.digestSubscription.update({ where: { id }, data: { unsubscribedAt: now } });
      await audit({ action: "grant-call.digest.unsubscribe", entityType: "DigestSubscription", entityId: id, after: { unsubscribedAt: now } });
    }
    return { ended: active.length > 0 };
  });
}

/** What an unsubscribe link stands for: a forged or unknown one, a subscription still running, or one already ended. */
export type UnsubscribeLinkState = "invalid" | "active" | "ended";

export async function unsubscribeLinkState(token: unknown): Promise<UnsubscribeLinkState> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return "invalid";
  const subscription = await db.digestSubscription.findUnique({ where: { id }, select: { unsubscribedAt: true } });
  if (!subscription) return "invalid";
  return subscription.unsubscribedAt ? "ended" : "active";
}

/**
 * Ends the subscription a signed link names, without a session: the token is the credential.
 * Valid once: the conditional update lets only the first use through, and a later one answers
 * "ended". The audit row names the subscriber, who alone received the link.
 */
export async function unsubscribeWithToken(token: unknown): Promise<UnsubscribeLinkState | "done"> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return "invalid";
  const subscription = await db.digestSubscription.findUnique({ where: { id }, select: { userId: true } });
  if (!subscription) return "invalid";
  return auditedWrite({ id: subscription.userId }, async (tx, audit) => {
    const now = new Date();
    const { count } = await tx.digestSubscription.updateMany({ where: { id, unsubscribedAt: null }, data: { unsubscribedAt: now } });
    if (count === 0) return "ended";
    await audit({ action: "grant-call.digest.unsubscribe", entityType: "DigestSubscription", entityId: id, after: { unsubscribedAt: now, by: "link" } });
    return "done";
  });
}
