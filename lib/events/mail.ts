import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/dates/format";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { sendMail } from "@/lib/mail/send-mail";
import { localize } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import az from "@/messages/az/events.json";
import en from "@/messages/en/events.json";
import ru from "@/messages/ru/events.json";
import { registrationToken } from "./registration-token";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

/**
 * The registration e-mails, each in the registrant's language and each with the link that cancels
 * without signing in: `confirm` asks a visitor to confirm their address; `registered` and
 * `waitlisted` answer a signed-in registration; `movedUp` tells someone on the waiting list that a
 * place became theirs.
 */
export type RegistrationMailKind = "confirm" | "registered" | "waitlisted" | "movedUp";

/** What an e-mail says about the event; the texts are picked in the registrant's language. */
export interface MailEvent {
  slug: string;
  title: string;
  place: string;
  onlineUrl: string | null;
  translations: unknown;
  startsAt: Date;
  /** The zone the event's times are shown in (its own, else the institution's). */
  timeZone: string;
}

export interface RegistrationMail {
  kind: RegistrationMailKind;
  registrationId: string;
  to: string;
  name: string;
  /** The registrant's language when known (the account's, or the page they registered on). */
  locale: string | null;
  event: MailEvent;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page where a registration is confirmed or cancelled; `cancel` opens it on the cancellation. */
export function registrationLink(slug: string, registrationId: string, { cancel = false } = {}): string {
  const url = new URL(`/events/${encodeURIComponent(slug)}/registration`, env().APP_URL);
  url.searchParams.set("token", registrationToken(registrationId));
  if (cancel) url.searchParams.set("cancel", "1");
  return url.toString();
}

export function renderRegistrationEmail(mail: RegistrationMail, defaultLanguage: AppLocale, officeName: string): { subject: string; text: string; html: string } {
  const locale: AppLocale = isLocale(mail.locale) ? mail.locale : defaultLanguage;
  const t = createTranslator({ locale, messages: { events: catalogues[locale] }, namespace: "events.email" });
  const texts = localize(mail.event, ["title", "place"], locale, defaultLanguage);
  const values = { name: mail.name, title: texts.title.text, office: officeName };
  const when = formatDateTime(mail.event.startsAt, { locale, timeZone: mail.event.timeZone });
  const where = [texts.place.text, mail.event.onlineUrl].filter(Boolean).join(" · ");
  const manage = registrationLink(mail.event.slug, mail.registrationId);
  const cancel = registrationLink(mail.event.slug, mail.registrationId, { cancel: true });

  const lines: { text: string; link?: string }[] = [
    { text: t("greeting", values) },
    { text: t(`${mail.kind}.intro`, values) },
    { text: `${t("when", { date: when })}${where ? `\n${t("where", { place: where })}` : ""}` },
    ...(mail.kind === "confirm" ? [{ text: t("confirm.action"), link: manage }, { text: t("confirm.ignore") }] : []),
    { text: t("cancel"), link: cancel },
    { text: t("signature", values) },
  ];
  const text = lines.map((line) => (line.link ? `${line.text}: ${line.link}` : line.text)).join("\n\n");
  const html = lines
    .map((line) =>
      line.link ? `<p><a href="${escapeHtml(line.link)}">${escapeHtml(line.text)}</a></p>` : `<p>${escapeHtml(line.text).replace(/\n/g, "<br>")}</p>`,
    )
    .join("\n");
  return { subject: t(`${mail.kind}.subject`, values), text, html };
}

/** Sends one e-mail; a delivery failure is thrown to the caller (a visitor's confirmation must arrive). */
export async function sendRegistrationEmail(mail: RegistrationMail): Promise<void> {
  const [defaultLanguage, institution] = await Promise.all([getDefaultContentLanguage(), db.institution.findUnique({ where: { id: 1 }, select: { name: true } })]);
  await sendMail({ to: mail.to, ...renderRegistrationEmail(mail, defaultLanguage, institution?.name ?? "") });
}

/**
 * Sends e-mails after their change has committed. A failure is logged and does not undo the change:
 * the registration page shows the same status.
 */
export async function sendRegistrationEmails(mails: readonly RegistrationMail[]): Promise<void> {
  for (const mail of mails) {
    try {
      await sendRegistrationEmail(mail);
    } catch (error) {
      logger.error({ err: error, registrationId: mail.registrationId, kind: mail.kind }, "event registration e-mail could not be sent");
    }
  }
}
