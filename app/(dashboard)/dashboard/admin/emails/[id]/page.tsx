import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import type { ReactNode } from "react";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { EMAIL_ADMIN_PERMISSION, getEmailMessage } from "@/lib/mail/admin-queries";
import { EmailStatusBadge } from "../_components/email-status-badge";
import { RetryEmail } from "../_components/retry-email";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("emails.admin.detail");
  return { title: t("metaTitle") };
}

/**
 * One e-mail for an admin: where it stands, its last error and its plain-text part (what its
 * recipient read). The HTML part is never shown here: it is the same words in the layout, and
 * rendering stored markup in the staff area is not worth its risk.
 */
export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/admin/emails/${id}`, EMAIL_ADMIN_PERMISSION);
  const message = await loadRecordOr404(id, (emailId) => getEmailMessage(user, emailId));
  const [t, tStatus, format, messages] = await Promise.all([
    getTranslations("emails.admin.detail"),
    getTranslations("emails.admin.status"),
    getFormatter(),
    getClientMessages(["common", "errors", "emails"]),
  ]);
  const when = (date: Date | null) =>
    date ? <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" })}</time> : "—";

  const facts: [label: string, value: ReactNode][] = [
    [t("recipient"), <span key="to" className="break-all">{message.to}</span>],
    [t("status"), <EmailStatusBadge key="status" status={message.status} label={tStatus(message.status)} />],
    [t("template"), message.template ? <code key="template" className="text-sm">{message.template}</code> : t("templateUnknown")],
    [t("attempts"), message.attempts],
    [t("created"), when(message.createdAt)],
    message.status === "SENT" ? [t("sentAt"), when(message.sentAt)] : [t("nextAttemptAt"), message.status === "PENDING" ? when(message.nextAttemptAt) : "—"],
  ];

  return (
    <NextIntlClientProvider messages={messages}>
      <div className="space-y-8">
        <Link href="/dashboard/admin/emails" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("back")}
        </Link>
        <PageHeader title={message.subject} actions={message.status === "FAILED" ? <RetryEmail id={message.id} /> : undefined} />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-muted-foreground">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {message.lastError && (
            <div className="contents">
              <dt className="font-medium text-muted-foreground">{t("lastError")}</dt>
              <dd>
                <code className="text-sm break-words whitespace-pre-wrap">{message.lastError}</code>
              </dd>
            </div>
          )}
        </dl>
        <section aria-labelledby="email-text" className="space-y-3">
          <h2 id="email-text" className="text-xl font-semibold">
            {t("textHeading")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("textNote")}</p>
          <pre className="rounded-lg border border-border bg-muted p-4 text-sm break-words whitespace-pre-wrap">
            {message.text}
          </pre>
        </section>
      </div>
    </NextIntlClientProvider>
  );
}
