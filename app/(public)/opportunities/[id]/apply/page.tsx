import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { STUDENT_CLIENT_MESSAGES, pickClientMessages } from "@/lib/applications/client-messages";
import { uploadMaxBytes } from "@/lib/applications/documents";
import { getApplyContext } from "@/lib/applications/student-queries";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { formatDateTime, formatDay } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { callTitlesIn } from "@/lib/opportunities/localized-titles";
import { can } from "@/lib/permissions";
import { languageName } from "@/lib/reference/instruction-languages";
import { contentReader } from "@/lib/translations/reader";
import { ApplicationForm } from "./_components/application-form";

type Props = { params: Promise<{ id: string }> };

/** Labels wrap rather than run out of the button in Azerbaijani and Russian. */
const WRAPPING = "h-auto min-h-11 py-2 text-center whitespace-normal";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.apply");
  return { title: t("eyebrow"), robots: { index: false } };
}

/** A student's application form for one published opportunity; the draft lives on the server. */
export default async function ApplyPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageAccess(`/opportunities/${id}/apply`);
  const [t, { locale, defaultLanguage }, timeZone] = await Promise.all([getTranslations("applications.apply"), contentReader(), getInstitutionTimeZone()]);
  const dates = { locale, timeZone };

  if (!can(user, "application:create", { ownerId: user.id })) {
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader eyebrow={t("eyebrow")} title={t("studentsOnly")} />
        <LinkButton href={`/opportunities/${id}`} variant="outline" className={WRAPPING}>
          {t("backToOpportunity")}
        </LinkButton>
      </div>
    );
  }

  const { opportunity, draft, isOpen } = await loadRecordOr404(id, (opportunityId) => getApplyContext(user, opportunityId));
  if (draft && draft.status !== "DRAFT") redirect(`/my/applications/${draft.id}`);

  const deadline = formatDateTime(opportunity.closesAt, dates);
  // The call's title in the reader's language, falling back to the default one (decision 010).
  const title = (await callTitlesIn([opportunity.id], locale)).get(opportunity.id)?.title ?? { text: opportunity.title, lang: defaultLanguage };
  const header = (
    <PageHeader
      eyebrow={t("eyebrow")}
      title={<Localized value={title} locale={locale} />}
      description={opportunity.partner ? t("hostAndDeadline", { partner: opportunity.partner.name, deadline }) : t("deadline", { deadline })}
    />
  );

  if (!isOpen) {
    const notYet = opportunity.opensAt > new Date();
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        {header}
        <Alert variant="warning" title={notYet ? t("notYetOpen", { date: formatDay(opportunity.opensAt, dates) }) : t("closed")} />
        <LinkButton href={`/opportunities/${id}`} variant="outline" className={WRAPPING}>
          {t("backToOpportunity")}
        </LinkButton>
      </div>
    );
  }

  const messages = await pickClientMessages(STUDENT_CLIENT_MESSAGES);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      {header}
      <p className="text-muted-foreground">{t("autosaveHint")}</p>
      <NextIntlClientProvider messages={messages}>
        <ApplicationForm
          opportunity={{
            id: opportunity.id,
            // Named in the reader's language: "ingilis dilində", not "English dilində".
            language: opportunity.language ? languageName(opportunity.language, locale) : null,
            languageLevel: opportunity.languageLevel,
            requiredDocuments: opportunity.requiredDocuments,
          }}
          initialDraft={
            draft
              ? {
                  id: draft.id,
                  motivation: draft.motivation,
                  languageLevel: draft.languageLevel ?? "",
                  gpa: draft.gpa ?? "",
                  updatedAt: draft.updatedAt.toISOString(),
                  documents: draft.documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
                }
              : null
          }
          maxBytes={uploadMaxBytes()}
        />
      </NextIntlClientProvider>
    </div>
  );
}
