import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import az from "@/messages/az/auth.json";
import en from "@/messages/en/auth.json";
import ru from "@/messages/ru/auth.json";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

export type EmailKind = "confirmEmail" | "resetPassword" | "invitation" | "alreadyRegistered";

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One transactional e-mail in the recipient's language: a plain-text part (what the outbox shows)
 * and a minimal HTML part with the same words and one button-like link.
 */
export function renderEmail(
  kind: EmailKind,
  params: { locale: string | null | undefined; name: string; link: string; officeName: string },
): EmailContent {
  const locale: AppLocale = isLocale(params.locale) ? params.locale : "en";
  const t = createTranslator({ locale, messages: { auth: catalogues[locale] }, namespace: "auth.email" });
  const values = { name: params.name, office: params.officeName };
  const subject = t(`${kind}.subject`, values);
  const paragraphs = [t(`${kind}.intro`, values), t(`${kind}.expiry`, values), t(`${kind}.ignore`, values)];
  const action = t(`${kind}.action`, values);
  const greeting = t("greeting", values);
  const signature = t("signature", values);

  const text = [greeting, "", paragraphs[0], "", `${action}: ${params.link}`, "", ...paragraphs.slice(1), "", signature].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(paragraphs[0] ?? "")}</p>`,
    `<p><a href="${escapeHtml(params.link)}">${escapeHtml(action)}</a></p>`,
    ...paragraphs.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>${escapeHtml(signature)}</p>`,
  ].join("\n");
  return { subject, text, html };
}
