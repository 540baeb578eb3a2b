import "server-only";
import type { z } from "zod";
import { auditedWrite } from "@/lib/audit/audited-write";
import { sendAuthEmail } from "@/lib/auth/auth-mail";
import type { SessionUser } from "@/lib/auth/current-user";
import { issueToken } from "@/lib/auth/tokens";
import type { TransactionClient } from "@/lib/db/client";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { endAllSessions } from "@/lib/auth/sessions";
import type { changeUserRoleSchema, inviteStaffSchema, resendInvitationSchema, setUserDisabledSchema } from "./schemas";

const auditedUserSelect = { id: true, email: true, name: true, role: true, unitId: true, disabledAt: true } as const;

async function assertUnitExists(tx: TransactionClient, unitId: string | null): Promise<void> {
  if (unitId && !(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) {
    throw fieldError("unitId", "admin.validation.invalidUnit");
  }
}

/**
 * Creates a staff account without a password and e-mails an invitation to choose one. The account
 * and its audit row commit first; if the e-mail then fails, the admin sees it and can resend.
 */
export async function inviteStaff(actor: SessionUser, input: z.output<typeof inviteStaffSchema>): Promise<{ id: string }> {
  requirePermission(actor, "user:manage");
  const { user, token } = await auditedWrite(actor, async (tx, audit) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw fieldError("email", "admin.validation.emailTaken");
    }
    await assertUnitExists(tx, input.unitId);
    const created = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, unitId: input.unitId },
      select: { ...auditedUserSelect, locale: true },
    });
    const { locale: _locale, ...after } = created;
    await audit({ action: "user.invite", entityType: "User", entityId: created.id, after });
    return { user: created, token: await issueToken(tx, created.id, "STAFF_INVITATION") };
  });
  await sendAuthEmail("invitation", user, token);
  return { id: user.id };
}

/** Sends a fresh invitation (the old link stops working) to a staff member who has not joined yet. */
export async function resendInvitation(actor: SessionUser, input: z.output<typeof resendInvitationSchema>): Promise<void> {
  requirePermission(actor, "user:manage");
  const { user, token } = await auditedWrite(actor, async (tx, audit) => {
    const target = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, name: true, locale: true, passwordHash: true, disabledAt: true },
    });
    if (!target) throw new AppError("NOT_FOUND");
    if (target.passwordHash || target.disabledAt) throw new AppError("CONFLICT", { messageKey: "admin.errors.notInvited" });
    await audit({ action: "user.resend-invitation", entityType: "User", entityId: target.id });
    return { user: target, token: await issueToken(tx, target.id, "STAFF_INVITATION") };
  });
  await sendAuthEmail("invitation", user, token);
}

/**
 * Changes a user's role and unit; takes effect on their next request. An admin cannot change their
 * own role, which also guarantees the portal always keeps one active admin.
 */
export async function changeUserRole(actor: SessionUser, input: z.output<typeof changeUserRoleSchema>): Promise<void> {
  requirePermission(actor, "user:manage");
  if (input.userId === actor.id) throw new AppError("FORBIDDEN", { messageKey: "admin.errors.ownRole" });
  await auditedWrite(actor, async (tx, audit) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: auditedUserSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertUnitExists(tx, input.unitId);
    const after = await tx.user.update({
      where: { id: input.userId },
      data: { role: input.role, unitId: input.unitId },
      select: auditedUserSelect,
    });
    await audit({ action: "user.change-role", entityType: "User", entityId: after.id, before, after });
  });
}

/** Disables (signs out at once, sign-in refused) or re-enables an account. Never one's own. */
export async function setUserDisabled(actor: SessionUser, input: z.output<typeof setUserDisabledSchema>): Promise<void> {
  requirePermission(actor, "user:manage");
  if (input.userId === actor.id) throw new AppError("FORBIDDEN", { messageKey: "admin.errors.ownAccount" });
  await auditedWrite(actor, async (tx, audit) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: auditedUserSelect });
    if (!before) throw new AppError("NOT_FOUND");
    if (Boolean(before.disabledAt) === input.disabled) return;
    const after = await tx.user.update({
      where: { id: input.userId },
      data: { disabledAt: input.disabled ? new Date() : null },
      select: auditedUserSelect,
    });
    // Re-enabling must not revive the sessions that were open when the account was disabled.
    if (input.disabled) await endAllSessions(tx, input.userId);
    await audit({
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: after.id,
      before,
      after,
    });
  });
}
