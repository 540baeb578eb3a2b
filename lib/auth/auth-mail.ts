import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logging/logger";
import { sendMail } from "@/lib/mail/send-mail";
import { renderEmail, type EmailKind } from "@/lib/mail/templates";
import { rateLimitKeys } from "@/lib/rate-limit/keys";
import { MAIL_PER_IP, MAIL_PER_RECIPIENT, minutesToWait, recordHit } from "@/lib/rate-limit/rate-limit";

/** The page each e-mailed link opens. */
const LINK_PATHS: Record<EmailKind, string> = {
  confirmEmail: "/confirm-email",
  resetPassword: "/reset-password",
  alreadyRegistered: "/reset-password",
  invitation: "/accept-invitation",
};

export function linkFor(kind: EmailKind, token: string): string {
  const url = new URL(LINK_PATHS[kind], env().APP_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

/** Sends one of the account e-mails; a delivery failure becomes MAIL_FAILED (logged with its cause). */
export async function sendAuthEmail(
  kind: EmailKind,
  recipient: { email: string; name: string; locale: string | null },
  token: string,
): Promise<void> {
  const institution = await db.institution.findUnique({ where: { id: 1 }, select: { name: true } });
  const content = renderEmail(kind, {
    locale: recipient.locale,
    name: recipient.name,
    link: linkFor(kind, token),
    officeName: institution?.name ?? "",
  });
  try {
    await sendMail({ to: recipient.email, ...content });
  } catch (error) {
    logger.error({ err: error, kind }, "sending an account e-mail failed");
    throw new AppError("MAIL_FAILED", { cause: error });
  }
}

/** Counts an e-mail-sending request from a client address; refuses past the hourly limit. */
export async function limitMailFromIp(ip: string | null): Promise<void> {
  if (!ip) return;
  const { hits, blockedSeconds } = await recordHit(rateLimitKeys.mailIp(ip), MAIL_PER_IP);
  if (hits > MAIL_PER_IP.limit) {
    throw new AppError("RATE_LIMITED", {
      messageKey: "auth.errors.rateLimited",
      values: { minutes: minutesToWait(blockedSeconds) },
    });
  }
}

/**
 * Counts an e-mail to a recipient; false once they had enough this hour. Callers then skip the
 * e-mail silently, since saying so would tell whether the address has an account.
 */
export async function mayMailRecipient(email: string): Promise<boolean> {
  const { hits } = await recordHit(rateLimitKeys.mailRecipient(email), MAIL_PER_RECIPIENT);
  return hits <= MAIL_PER_RECIPIENT.limit;
}
