import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import { formatDateTime } from "@/lib/dates/format";
import type { MailMessage } from "@/lib/mail/send-mail";
import az from "@/messages/az/grantCalls.json";
import en from "@/messages/en/grantCalls.json";
import ru from "@/messages/ru/grantCalls.json";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function translatorFor(locale: AppLocale) {
  // Catalogues are loosely typed (see i18n/next-intl.d.ts), so the translator is narrowed by hand.
  return createTranslator({ locale, messages: { grantCalls: catalogues[locale] }, namespace: "grantCalls.email" }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}

/** The recipient's language, or English for an account that never chose one. */
export function mailLocale(locale: string | null | undefined): AppLocale {
  return isLocale(locale) ? locale : "en";
}

/** A call as an e-mail names it: its title in the reader's language, its funder and its deadline in its own zone. */
export interface MailedCall {
  title: string;
  funder: string;
  deadline: Date;
  /** The zone the deadline was given in (the call's, or the institution's). */
  timeZone: string;
  link: string;
}

export interface ReminderContent {
  to: string;
  locale: AppLocale;
  recipientName: string;
  call: MailedCall;
  daysLeft: number;
  /** Where the reader stops these reminders (the call's page, with its "Unfollow" button). */
  unfollowLink: string;
}

/** The deadline reminder for one follower: plain text and the same words as HTML. */
export function renderReminderEmail(content: ReminderContent): MailMessage {
  const t = translatorFor(content.locale);
  const values = {
    name: content.recipientName,
    title: content.call.title,
    funder: content.call.funder,
    days: content.daysLeft,
    deadline: formatDateTime(content.call.deadline, { locale: content.locale, timeZone: content.call.timeZone }),
  };
  const paragraphs = [t("greeting", values), t("reminder.intro", values), t("reminder.deadline", values)];
  const action = t("reminder.action");
  const footer = t("reminder.unfollow");
  const signature = t("signature");
  const text = [...paragraphs, `${action}: ${content.call.link}`, signature, `${footer}: ${content.unfollowLink}`].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(content.call.link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(signature)}</p>`,
    `<p><small><a href="${escapeHtml(content.unfollowLink)}">${escapeHtml(footer)}</a></small></p>`,
  ].join("\n");
  return { to: content.to, subject: t("reminder.subject", values), text, html };
}

export interface DigestContent {
  to: string;
  locale: AppLocale;
  recipientName: string;
  calls: MailedCall[];
  /** Where the reader changes what the digest covers (signed in). */
  settingsLink: string;
  /** The signed, sign-in-free unsubscribe link. */
  unsubscribeLink: string;
}

/** The weekly digest of new calls, each with its funder, deadline and link, and the unsubscribe link. */
export function renderDigestEmail(content: DigestContent): MailMessage {
  const t = translatorFor(content.locale);
  const values = { name: content.recipientName, count: content.calls.length };
  const lineOf = (call: MailedCall) => ({
    heading: call.title,
    detail: t("digest.callLine", { funder: call.funder, deadline: formatDateTime(call.deadline, { locale: content.locale, timeZone: call.timeZone }) }),
    link: call.link,
  });
  const lines = content.calls.map(lineOf);
  const settings = t("digest.settings");
  const unsubscribe = t("digest.unsubscribe");
  const signature = t("signature");
  const text = [
    t("greeting", values),
    t("digest.intro", values),
    ...lines.map((line) => `• ${line.heading}\n  ${line.detail}\n  ${line.link}`),
    signature,
    `${settings}: ${content.settingsLink}`,
    `${unsubscribe}: ${content.unsubscribeLink}`,
  ].join("\n\n");
  const html = [
    `<p>${escapeHtml(t("greeting", values))}</p>`,
    `<p>${escapeHtml(t("digest.intro", values))}</p>`,
    "<ul>",
    ...lines.map((line) => `<li><a href="${escapeHtml(line.link)}">${escapeHtml(line.heading)}</a><br>${escapeHtml(line.detail)}</li>`),
    "</ul>",
    `<p>${escapeHtml(signature)}</p>`,
    `<p><small><a href="${escapeHtml(content.settingsLink)}">${escapeHtml(settings)}</a> · <a href="${escapeHtml(content.unsubscribeLink)}">${escapeHtml(unsubscribe)}</a></small></p>`,
  ].join("\n");
  return { to: content.to, subject: t("digest.subject", values), text, html };
}
