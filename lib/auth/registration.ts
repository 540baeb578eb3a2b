import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { limitMailFromIp, mayMailRecipient, sendAuthEmail } from "./auth-mail";
import { formatDomains, isInDomains, registrationDomains } from "./email-domain";
import { hashPassword } from "./password";
import type { confirmEmailSchema, registerSchema } from "./schemas";
import { consumeToken, issueToken } from "./tokens";

interface RequestContext {
  ip: string | null;
  locale: string;
}

type Mail = { kind: "confirmEmail" | "alreadyRegistered"; to: { email: string; name: string; locale: string | null }; token: string };

/**
 * Registers a student (or renews an unconfirmed registration) and e-mails a confirmation link.
 * The answer is the same whether or not the address already had an account: an existing,
 * confirmed owner gets a "you already have an account" e-mail instead, so the form cannot be used
 * to find out who is registered.
 */
export async function registerStudent(
  input: z.output<typeof registerSchema>,
  context: RequestContext,
): Promise<{ email: string }> {
  const domains = await registrationDomains();
  if (!isInDomains(input.email, domains)) {
    throw fieldError("email", "auth.validation.emailDomain", { domains: formatDomains(domains) });
  }
  await limitMailFromIp(context.ip);
  const passwordHash = await hashPassword(input.password);

  const mail = await db.$transaction(async (tx): Promise<Mail | null> => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, name: true, role: true, locale: true, passwordHash: true, emailVerifiedAt: true, disabledAt: true },
    });
    if (existing?.disabledAt) return null;
    if (existing && (existing.emailVerifiedAt || existing.role !== "STUDENT" || !existing.passwordHash)) {
      return {
        kind: "alreadyRegistered",
        to: { email: input.email, name: existing.name, locale: existing.locale },
        token: await issueToken(tx, existing.id, "PASSWORD_RESET"),
      };
    }
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { name: input.name, passwordHash, locale: context.locale },
          select: { id: true },
        })
      : await tx.user.create({
          data: { email: input.email, name: input.name, passwordHash, role: "STUDENT", locale: context.locale },
          select: { id: true },
        });
    await recordAudit(tx, {
      actor: user,
      action: existing ? "user.register-again" : "user.register",
      entityType: "User",
      entityId: user.id,
      before: existing ? { name: existing.name } : undefined,
      after: { email: input.email, name: input.name, role: "STUDENT" },
      ip: context.ip,
    });
    return {
      kind: "confirmEmail",
      to: { email: input.email, name: input.name, locale: context.locale },
      token: await issueToken(tx, user.id, "EMAIL_CONFIRMATION"),
    };
  });

  if (mail && (await mayMailRecipient(input.email))) {
    await sendAuthEmail(mail.kind, mail.to, mail.token);
  }
  return { email: input.email };
}

/** Spends a confirmation link and activates the account. */
export async function confirmEmail(input: z.output<typeof confirmEmailSchema>, context: { ip: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await consumeToken(tx, input.token, "EMAIL_CONFIRMATION");
    if (!token) throw new AppError("INVALID_TOKEN");
    const before = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { emailVerifiedAt: true } });
    const after = await tx.user.update({
      where: { id: token.userId },
      data: { emailVerifiedAt: before.emailVerifiedAt ?? new Date() },
      select: { emailVerifiedAt: true },
    });
    await recordAudit(tx, {
      actor: { id: token.userId },
      action: "user.confirm-email",
      entityType: "User",
      entityId: token.userId,
      before,
      after,
      ip: context.ip,
    });
  });
}
