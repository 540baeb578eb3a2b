import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import { fromIsoDay } from "@/lib/agreements/dates";
import { formatDay } from "@/lib/dates/format";
import type { MailMessage } from "@/lib/mail/send-mail";
import az from "@/messages/az/projects.json";
import en from "@/messages/en/projects.json";
import ru from "@/messages/ru/projects.json";
import type { ProjectReminderKind } from "./plan";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ProjectReminderContent {
  kind: ProjectReminderKind;
  to: string;
  locale: string | null;
  recipientName: string;
  project: string;
  /** The deliverable or report ("D2.1 Curriculum"), when the reminder is about one. */
  item: string | null;
  /** ISO day the reminder is about: the due date or the project's end. */
  date: string;
  daysLeft: number;
  link: string;
}

/** A project reminder in the recipient's language: plain text and the same words as HTML. */
export function renderProjectReminderEmail(content: ProjectReminderContent): MailMessage {
  const locale: AppLocale = isLocale(content.locale) ? content.locale : "en";
  const t = createTranslator({ locale, messages: { projects: catalogues[locale] }, namespace: "projects.reminderEmail" });
  const values = {
    name: content.recipientName,
    project: content.project,
    item: content.item ?? "",
    date: formatDay(fromIsoDay(content.date), { locale, timeZone: "UTC" }),
    days: content.daysLeft,
  };
  const paragraphs = [t("greeting", values), t(`${content.kind}.text`, values)];
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
