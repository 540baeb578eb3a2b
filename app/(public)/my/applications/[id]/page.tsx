import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { STUDENT_CLIENT_MESSAGES, pickClientMessages } from "@/lib/applications/client-messages";
import { formatBytes, statusVariant } from "@/lib/applications/status-display";
import { getMyApplication } from "@/lib/applications/student-queries";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { isLocale, defaultLocale } from "@/i18n/config";
import { callTitlesIn } from "@/lib/opportunities/localized-titles";
import { WithdrawButton } from "./_components/withdraw-button";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.detail");
  return { title: t("eyebrow"), robots: { index: false } };
}

/** One of the student's applications: status, answers, documents and the full status history. */
export default async function MyApplicationPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageAccess(`/my/applications/${id}`, "application:read");
  // Scoped by studentId = user.id: another student's id is simply not found.
  const application = await loadRecordOr404(id, (applicationId) => getMyApplication(user, applicationId));

  const [t, tStatus, format, locale] = await Promise.all([
    getTranslations("applications.detail"),
    getTranslations("applications.status"),
    getFormatter(),
    getLocale(),
  ]);
  const language = isLocale(locale) ? locale : defaultLocale;
  const title = (await callTitlesIn([application.opportunity.id], language)).get(application.opportunity.id)?.title ?? { text: application.opportunity.title, lang: language };
  const requirementName = new Map(application.opportunity.requiredDocuments.map((r) => [r.id, r.name]));

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <p>
        <Link href="/my/applications" className="text-link underline underline-offset-4">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader
        eyebrow={t("eyebrow")}
        title={<Localized value={title} locale={language} />}
        description={application.opportunity.partner?.name}
        actions={
          <p className="flex items-center gap-2">
            <span className="text-sm text-muted-foreground">{t("statusLabel")}:</span>
            <Badge variant={statusVariant(application.status)} className="text-sm">
              {tStatus(application.status)}
            </Badge>
          </p>
        }
      />
      {application.status === "SUBMITTED" && <Alert variant="success">{t("submitted")}</Alert>}
      {application.status === "WITHDRAWN" && <Alert variant="warning">{t("withdrawn")}</Alert>}
      {application.status === "DRAFT" && (
        <LinkButton href={`/opportunities/${application.opportunity.id}/apply`}>{t("continueDraft")}</LinkButton>
      )}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("historyHeading")}
        </h2>
        <ol className="space-y-2 border-l-2 border-border pl-4">
          {application.history.map((entry) => (
            <li key={entry.id} className="space-y-0.5">
              <p className="font-medium">
                {tStatus(entry.toStatus)}{" "}
                <span className="font-normal text-muted-foreground">({entry.byApplicant ? t("byYou") : t("byOffice")})</span>
              </p>
              <p className="text-sm text-muted-foreground">
                <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                {entry.fromStatus && ` · ${t("historyFrom", { status: tStatus(entry.fromStatus) })}`}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("answersHeading")}
        </h2>
        <dl className="space-y-3">
          <div>
            <dt className="font-medium">{t("motivation")}</dt>
            <dd className="whitespace-pre-wrap break-words text-muted-foreground">{application.motivation || t("notGiven")}</dd>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="font-medium">{t("languageLevel")}</dt>
              <dd className="text-muted-foreground">{application.languageLevel ?? t("notGiven")}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("gpa")}</dt>
              <dd className="text-muted-foreground">{application.gpa ?? t("notGiven")}</dd>
            </div>
          </div>
        </dl>
      </section>

      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t("documentsHeading")}
        </h2>
        {application.documents.length === 0 ? (
          <p className="text-muted-foreground">{t("noDocuments")}</p>
        ) : (
          <ul className="space-y-2">
            {application.documents.map((document) => (
              <li key={document.id} className="break-all">
                <span className="font-medium">{(document.requirementId && requirementName.get(document.requirementId)) || "—"}: </span>
                <a href={`/api/applications/documents/${document.id}`} className="text-link underline underline-offset-4">
                  {document.fileName}
                </a>{" "}
                <span className="text-sm text-muted-foreground">({formatBytes(document.sizeBytes, locale)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {application.canWithdraw && (
        <section aria-labelledby="withdraw-heading" className="space-y-3 border-t border-border pt-6">
          <h2 id="withdraw-heading" className="text-xl font-semibold">
            {t("withdrawHeading")}
          </h2>
          <p className="text-muted-foreground">{t("withdrawHint")}</p>
          <NextIntlClientProvider messages={await pickClientMessages(STUDENT_CLIENT_MESSAGES)}>
            <WithdrawButton applicationId={application.id} title={title.text} />
          </NextIntlClientProvider>
        </section>
      )}
    </div>
  );
}
