import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { writeToOutbox } from "./outbox";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

let smtp: Transporter | undefined;
let composer: Transporter | undefined;

/**
 * Sends through SMTP_URL when it is set; otherwise writes the message to the local outbox (see
 * outbox.ts), which is how development and the tests receive e-mail.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const { SMTP_URL, MAIL_FROM, NODE_ENV } = env();
  const envelope = { from: MAIL_FROM, ...message };
  if (SMTP_URL) {
    smtp ??= nodemailer.createTransport(SMTP_URL);
    await smtp.sendMail(envelope);
    return;
  }
  composer ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = (await composer.sendMail(envelope)) as { message: Buffer };
  const entry = await writeToOutbox({ to: message.to, subject: message.subject, text: message.text, raw: info.message });
  if (NODE_ENV === "production") {
    logger.warn({ outboxFile: entry.file }, "SMTP_URL is not set: e-mail written to the outbox, not sent");
  }
}
