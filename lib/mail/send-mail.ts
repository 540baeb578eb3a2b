import "server-only";
import type { AppLocale } from "@/i18n/config";
import { composeInLayout, isHtmlDocument, wrapInLayout, type BrandedContent } from "./branded-message";
import { queueAndSend } from "./queue";

/** A message whose parts its module rendered: with `brandedMessage`, or (older modules) by hand. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Names what built the message ("auth.confirmEmail"), for the admins' list of e-mails. */
  template?: string;
}

/**
 * A message written by sendMail's choice of language: `compose` gets the language asked for
 * (`locale`, the recipient's when the caller knows it), else the recipient's account language,
 * else the institution's default, and returns the subject and the content for the branded layout.
 */
export interface ComposedMailMessage {
  to: string;
  locale?: string | null;
  compose: (locale: AppLocale) => BrandedContent & { subject: string };
  template?: string;
}

/**
 * Sends an e-mail through the queue (queue.ts): the message is stored, in the branded layout, and
 * tried at once, so in development and the tests it is in the outbox when this returns. A failed
 * attempt does not throw: the caller's work is done, and the queue retries with growing pauses
 * until the message is sent or an admin sees it failed (/dashboard/admin/emails). Only a message
 * that could not even be stored (database down) throws.
 *
 * HTML that is not yet a whole document (modules that build their own fragment) is placed in the
 * layout here, and its text gets the layout's footer.
 */
export async function sendMail(message: MailMessage | ComposedMailMessage): Promise<void> {
  const { to, template } = message;
  if ("compose" in message) {
    await queueAndSend({ to, ...(await composeInLayout(message)), template });
    return;
  }
  const parts = isHtmlDocument(message.html) ? { text: message.text, html: message.html } : await wrapInLayout(message);
  await queueAndSend({ to, subject: message.subject, ...parts, template });
}
