import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import az from "@/messages/az/agreements.json";
import en from "@/messages/en/agreements.json";
import ru from "@/messages/ru/agreements.json";
import type { MailMessage } from "@/lib/mail/send-mail";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ReminderContent {
  to: string;
  locale: string | null;
  recipientName: string;
  referenceNumber: string;
  title: string;
  partners: string;
  endsOn: string;
  daysLeft: number;
  /** The last day to give notice, for agreements renewed or ended by notice. */
  noticeBy: string | null;
  link: string;
}

/** The expiry reminder in the recipient's language: plain text and the same words as HTML. */
export function renderReminderEmail(content: ReminderContent): MailMessage {
  const locale: AppLocale = isLocale(content.locale) ? content.locale : "en";
  const t = createTranslator({ locale, messages: { agreements: catalogues[locale] }, namespace: "agreements.reminderEmail" });
  const values = {
    name: content.recipientName,
    reference: content.referenceNumber,
    title: content.title,
    partners: content.partners,
    endsOn: content.endsOn,
    days: content.daysLeft,
    noticeBy: content.noticeBy ?? "",
  };
  const paragraphs = [
    t("greeting", values),
    t("intro", values),
    t("details", values),
    ...(content.noticeBy ? [t("notice", values)] : []),
    t("whatToDo", values),
  ];
  const action = t("action");
  const signature = t("signature");
  const text = [...paragraphs, `${action}: ${content.link}`, signature].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(content.link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(signature)}</p>`,
  ].join("\n");
  return { to: content.to, subject: t("subject", values), text, html };
}
