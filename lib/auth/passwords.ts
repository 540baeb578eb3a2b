import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, fieldError } from "@/lib/errors/app-error";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { limitMailFromIp, mayMailRecipient, sendAuthEmail } from "./auth-mail";
import type { SessionUser } from "./current-user";
import { hashPassword, verifyPassword } from "./password";
import type { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "./schemas";
import { clearPasswordGuesses, passwordGuessBlockedMinutes, recordWrongPassword } from "./sign-in";
import { consumeToken, hashToken, issueToken } from "./tokens";

/**
 * Sends a reset link when the address has an active account, and says nothing either way: the
 * caller shows the same "if an account exists…" page in every case.
 */
export async function requestPasswordReset(
  input: z.output<typeof forgotPasswordSchema>,
  context: { ip: string | null },
): Promise<void> {
  await limitMailFromIp(context.ip);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, locale: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return;
  if (!(await mayMailRecipient(user.email))) return;
  const token = await db.$transaction((tx) => issueToken(tx, user.id, "PASSWORD_RESET"));
  try {
    await sendAuthEmail("resetPassword", user, token);
  } catch (error) {
    // Already logged; reporting it would reveal that the address has an account.
    if (!(error instanceof AppError)) throw error;
  }
}

/**
 * Sets a new password through an e-mailed link (reset or staff invitation). Following the link
 * proves the mailbox, so the address counts as confirmed. The new password changes the session
 * stamp, which signs the account out everywhere.
 */
async function setPasswordWithToken(
  input: z.output<typeof resetPasswordSchema>,
  purpose: Extract<TokenPurpose, "PASSWORD_RESET" | "STAFF_INVITATION">,
  context: { ip: string | null },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const email = await db.$transaction(async (tx) => {
    const token = await consumeToken(tx, input.token, purpose);
    if (!token) throw new AppError("INVALID_TOKEN");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: token.userId },
      select: { email: true, emailVerifiedAt: true, disabledAt: true },
    });
    if (user.disabledAt) throw new AppError("INVALID_TOKEN");
    await tx.user.update({
      where: { id: token.userId },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await recordAudit(tx, {
      actor: { id: token.userId },
      action: purpose === "PASSWORD_RESET" ? "user.reset-password" : "user.accept-invitation",
      entityType: "User",
      entityId: token.userId,
      ip: context.ip,
    });
    return user.email;
  });
  // Whoever holds the mailbox may try again at once, from anywhere.
  await clearPasswordGuesses(email, "every-address");
}

export function resetPassword(input: z.output<typeof resetPasswordSchema>, context: { ip: string | null }): Promise<void> {
  return setPasswordWithToken(input, "PASSWORD_RESET", context);
}

export function acceptInvitation(input: z.output<typeof resetPasswordSchema>, context: { ip: string | null }): Promise<void> {
  return setPasswordWithToken(input, "STAFF_INVITATION", context);
}

/** Who a still-usable link is for (the invitation page greets them), or null for a dead link. */
export async function describeTokenOwner(
  rawToken: string,
  purpose: TokenPurpose,
): Promise<{ email: string; name: string } | null> {
  const token = await db.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true, name: true, disabledAt: true } } },
  });
  if (!token || token.purpose !== purpose || token.usedAt || token.expiresAt <= new Date() || token.user.disabledAt) {
    return null;
  }
  return { email: token.user.email, name: token.user.name };
}

/**
 * Changes the signed-in user's password after checking the current one. Wrong guesses count
 * against the same limits as sign-in, so a left-open session cannot be used to guess. The new
 * password changes the session stamp, which ends every session of the account, this one included.
 */
export async function changePassword(
  user: SessionUser,
  input: z.output<typeof changePasswordSchema>,
  context: { ip: string | null },
): Promise<void> {
  const blockedMinutes = await passwordGuessBlockedMinutes(user.email, context.ip);
  if (blockedMinutes > 0) {
    throw new AppError("RATE_LIMITED", { messageKey: "auth.errors.rateLimited", values: { minutes: blockedMinutes } });
  }
  const current = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!current.passwordHash) throw new AppError("VALIDATION", { messageKey: "auth.account.ssoOnly" });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    await recordWrongPassword(user.email, context.ip);
    throw fieldError("currentPassword", "auth.validation.wrongCurrentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    // Outstanding reset links were meant for the old password.
    await tx.oneTimeToken.deleteMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null } });
    await recordAudit(tx, { actor: user, action: "user.change-password", entityType: "User", entityId: user.id, ip: context.ip });
  });
  await clearPasswordGuesses(user.email, { ip: context.ip });
}
