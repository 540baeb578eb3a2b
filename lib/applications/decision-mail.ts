import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type AppLocale } from "@/i18n/config";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { sendMail } from "@/lib/mail/send-mail";
import az from "@/messages/az/applications.json";
import en from "@/messages/en/applications.json";
import ru from "@/messages/ru/applications.json";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

export interface DecisionNotice {
  applicationId: string;
  toStatus: ApplicationStatus;
  student: { name: string; email: string; locale: string | null };
  opportunityTitle: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The decision e-mail in the student's language: plain text plus the same words as minimal HTML. */
export function renderDecisionEmail(notice: DecisionNotice): { subject: string; text: string; html: string } {
  const locale: AppLocale = isLocale(notice.student.locale) ? notice.student.locale : "en";
  const t = createTranslator({ locale, messages: { applications: catalogues[locale] }, namespace: "applications.email" });
  const values = { name: notice.student.name, title: notice.opportunityTitle };
  const status = t(`status.${notice.toStatus}` as "status.ACCEPTED");
  const link = new URL(`/my/applications/${notice.applicationId}`, env().APP_URL).toString();
  const subject = t("subject", { ...values, status });
  const lines = [t("greeting", values), "", t("intro", { ...values, status }), "", t(`next.${notice.toStatus}` as "next.ACCEPTED"), "", `${t("action")}: ${link}`, "", t("signature")];
  const html = [
    `<p>${escapeHtml(t("greeting", values))}</p>`,
    `<p>${escapeHtml(t("intro", { ...values, status }))}</p>`,
    `<p>${escapeHtml(t(`next.${notice.toStatus}` as "next.ACCEPTED"))}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(t("action"))}</a></p>`,
    `<p>${escapeHtml(t("signature"))}</p>`,
  ].join("\n");
  return { subject, text: lines.join("\n"), html };
}

/**
 * Sends the decision e-mails after the decision has committed. A mail failure is logged and does
 * not undo the decision: the student also sees it on their applications page.
 */
export async function sendDecisionEmails(notices: readonly DecisionNotice[]): Promise<void> {
  for (const notice of notices) {
    try {
      await sendMail({ to: notice.student.email, ...renderDecisionEmail(notice) });
    } catch (error) {
      logger.error({ err: error, applicationId: notice.applicationId }, "decision e-mail could not be sent");
    }
  }
}
