import "server-only";
import { readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { writeToOutbox } from "./outbox";

/** One message as it leaves the portal: the rendered parts, whoever built them. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Each attempt is bounded, so one unreachable server cannot hold a sender (a request, the job)
 * for long, and an attempt always ends well within its lease (retry-policy.ts).
 */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;

/**
 * The SMTP transport's options: the server from SMTP_URL, and the certificate authorities it is
 * trusted through. SMTP_CA_FILE (PEM, one or more certificates) is added to Node's own list rather
 * than replacing it, so an office's internal CA and a public one both work.
 */
export function smtpTransportOptions(
  config: { SMTP_URL: string; SMTP_CA_FILE?: string | undefined },
  readFile: (path: string) => string = (path) => readFileSync(path, "utf8"),
): SMTPTransport.Options {
  const options: SMTPTransport.Options = { url: config.SMTP_URL, ...TIMEOUTS };
  if (config.SMTP_CA_FILE) {
    let pem: string;
    try {
      pem = readFile(config.SMTP_CA_FILE);
    } catch (error) {
      throw new Error(`SMTP_CA_FILE (${config.SMTP_CA_FILE}) cannot be read: ${(error as Error).message}`, { cause: error });
    }
    options.tls = { ca: [...rootCertificates, pem] };
  }
  return options;
}

/**
 * The SMTP transport. Built from the options object rather than handed to createTransport, which
 * reads only the URL when given one and would drop the timeouts and the CA.
 */
export function createSmtpTransport(config: Parameters<typeof smtpTransportOptions>[0]): Transporter {
  return nodemailer.createTransport(new SMTPTransport(smtpTransportOptions(config)));
}

let smtp: Transporter | undefined;
let composer: Transporter | undefined;

/**
 * Delivers one message now, or throws: through SMTP_URL when it is set; otherwise into the local
 * outbox (outbox.ts), which is how development and the tests receive e-mail.
 */
export async function deliver(message: OutgoingMail): Promise<void> {
  const { SMTP_URL, SMTP_CA_FILE, MAIL_FROM, NODE_ENV } = env();
  const envelope = { from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html };
  if (SMTP_URL) {
    smtp ??= createSmtpTransport({ SMTP_URL, SMTP_CA_FILE });
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
