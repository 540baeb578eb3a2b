import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import { formatDay } from "@/lib/dates/format";
import { fromIsoDay } from "@/lib/agreements/dates";
import type { MailMessage } from "@/lib/mail/send-mail";
import az from "@/messages/az/calendar.json";
import en from "@/messages/en/calendar.json";
import ru from "@/messages/ru/calendar.json";
import type { ReminderKind } from "./plan";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface VisitReminderContent {
  kind: ReminderKind;
  to: string;
  locale: string | null;
  recipientName: string;
  visitTitle: string;
  startDate: string;
  endDate: string;
  guests: string[];
  retentionDays: number;
  link: string;
}

/** A visit reminder in the recipient's language: plain text and the same words as HTML. */
export function renderVisitReminderEmail(content: VisitReminderContent): MailMessage {
  const locale: AppLocale = isLocale(content.locale) ? content.locale : "en";
  const t = createTranslator({ locale, messages: { calendar: catalogues[locale] }, namespace: "calendar.reminderEmail" });
  const day = (iso: string) => formatDay(fromIsoDay(iso), { locale, timeZone: "UTC" });
  const values = {
    name: content.recipientName,
    visit: content.visitTitle,
    start: day(content.startDate),
    end: day(content.endDate),
    guests: content.guests.join(", "),
    count: content.guests.length,
    days: content.retentionDays,
  };
  const paragraphs = [t("greeting", values), t(`${content.kind}.text`, values), ...(content.guests.length > 0 ? [t("guests", values)] : [])];
  const action = t("action");
  const signature = t("signature");
  const text = [...paragraphs, `${action}: ${content.link}`, signature].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(content.link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(signature)}</p>`,
  ].join("\n");
  return { to: content.to, subject: t(`${content.kind}.subject`, values), text, html };
}
