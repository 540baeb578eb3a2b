import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, ExternalLink, GitMerge } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { allCountriesSorted } from "@/lib/partners/country-names";
import { localeLabels } from "@/i18n/config";
import { partnerFormValues, type PartnerTranslatableKey } from "@/lib/partners/partner-fields";
import { textInLanguage } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { getPartnerDetail, STAFF_VIEW } from "@/lib/partners/queries";
import { can } from "@/lib/permissions";
import { PartnerVisits } from "../../visits/_components/partner-visits";
import { ArchiveButton } from "../_components/archive-button";
import { ContactsEditor } from "../_components/contacts-editor";
import { PartnerStatusBadge, PartnerVisibilityBadges } from "../_components/partner-badges";
import { detailRows, partnerFieldText } from "../_components/partner-field-text";
import { PartnerForm } from "../_components/partner-form";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("detail.metaTitle") };
}

/** One partner for staff: its record (editable by officers), contacts, what depends on it, archive and merge. */
export default async function PartnerDetailPage({ params }: PageProps) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/partners/${id}`, "partner:read", STAFF_VIEW);
  const partner = await loadRecordOr404(id, (partnerId) => getPartnerDetail(user, partnerId));
  const [t, format, locale, messages, defaultLanguage] = await Promise.all([
    getTranslations("partners"),
    getFormatter(),
    getLocale(),
    getClientMessages(["common", "errors", "partners"]),
    getDefaultContentLanguage(),
  ]);
  const canEdit = can(user, "partner:update");
  const canMerge = canEdit && can(user, "partner:delete");
  const counts = partner._count;
  const listed = partner.isPublic && !partner.archivedAt;

  return (
    <div className="space-y-8">
      <Link href="/dashboard/partners" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("detail.back")}
      </Link>
      <PageHeader
        title={partner.name}
        description={t("detail.updated", { date: format.dateTime(partner.updatedAt, { dateStyle: "long", timeStyle: "short" }), version: partner.version })}
        actions={
          <>
            {listed && (
              <LinkButton href={`/partners/${partner.slug}`} variant="outline">
                <ExternalLink aria-hidden="true" />
                {t("detail.publicPage")}
              </LinkButton>
            )}
            {canMerge && (
              <LinkButton href={`/dashboard/partners/${partner.id}/merge`} variant="outline">
                <GitMerge aria-hidden="true" />
                {t("detail.merge")}
              </LinkButton>
            )}
            {canEdit && (
              <NextIntlClientProvider messages={messages}>
                <ArchiveButton id={partner.id} version={partner.version} archived={partner.archivedAt !== null} />
              </NextIntlClientProvider>
            )}
          </>
        }
      />
      <div className="flex flex-wrap items-center gap-2">
        <PartnerStatusBadge status={partner.status} />
        <PartnerVisibilityBadges isPublic={partner.isPublic} archived={partner.archivedAt !== null} />
      </div>
      {partner.archivedAt && (
        <Alert variant="warning" title={t("detail.archivedTitle")}>
          {t("detail.archivedText", { date: format.dateTime(partner.archivedAt, { dateStyle: "long" }) })}
        </Alert>
      )}

      <section aria-labelledby="partner-links" className="space-y-3">
        <h2 id="partner-links" className="text-xl font-semibold">
          {t("detail.linkedRecords")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {(
            [
              ["agreements", counts.agreements],
              ["opportunities", counts.opportunities],
              ["mobilities", counts.mobilities],
              ["projects", counts.projectPartners],
              ["visits", counts.visits],
            ] as const
          ).map(([key, count]) => (
            <div key={key} className="rounded-lg border border-border bg-surface p-3">
              <dt className="text-sm text-muted-foreground">{t(`detail.counts.${key}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{format.number(count)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <PartnerVisits user={user} partnerId={partner.id} />

      <section aria-labelledby="partner-contacts" className="space-y-3">
        <h2 id="partner-contacts" className="text-xl font-semibold">
          {t("contacts.title")}
        </h2>
        <NextIntlClientProvider messages={messages}>
          <ContactsEditor partnerId={partner.id} contacts={partner.contacts} canEdit={canEdit} />
        </NextIntlClientProvider>
      </section>

      <section aria-labelledby="partner-record" className="space-y-4">
        <h2 id="partner-record" className="text-xl font-semibold">
          {canEdit ? t("detail.editTitle") : t("detail.recordTitle")}
        </h2>
        {canEdit ? (
          <NextIntlClientProvider messages={messages}>
            <PartnerForm
              // A new version remounts the form with the saved values.
              key={partner.version}
              countries={allCountriesSorted(locale)}
              partner={{ id: partner.id, version: partner.version, values: partnerFormValues(partner) }}
              defaultLanguage={defaultLanguage}
            />
          </NextIntlClientProvider>
        ) : (
          <dl className="grid gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2">
            {detailRows(defaultLanguage).map(({ key, language, wide }) => (
              <div key={language ? `${key}-${language}` : key} className={wide ? "sm:col-span-2" : undefined}>
                <dt className="text-sm font-medium text-muted-foreground">
                  {language ? t("detail.inLanguage", { field: t(`fields.${key}`), language: localeLabels[language] }) : t(`fields.${key}`)}
                </dt>
                <dd lang={language} className="whitespace-pre-line">
                  {(language ? textInLanguage(partner, key as PartnerTranslatableKey, language, defaultLanguage) : partnerFieldText(key, partner, t, locale)) || "—"}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
