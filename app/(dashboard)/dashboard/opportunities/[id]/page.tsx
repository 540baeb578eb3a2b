import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { countryName, iscedLabel } from "@/lib/opportunities/display";
import { isEditable } from "@/lib/opportunities/lifecycle";
import { opportunityAbilities } from "@/lib/opportunities/queries";
import { can } from "@/lib/permissions";
import { LifecycleActions } from "../_components/lifecycle-actions";
import { loadStaffOpportunity } from "../_components/load-opportunity";
import { statusVariant } from "../_components/status-variant";

interface PageProps {
  params: Promise<{ id: string }>;
}

const pathOf = (id: string) => `/dashboard/opportunities/${id}`;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const { opportunity } = await loadStaffOpportunity(id, pathOf(id));
  return { title: opportunity.title };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-border py-2.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** A call as staff see it: every field, its status and the moves it can make. */
export default async function StaffOpportunityPage({ params }: PageProps) {
  const { id } = await params;
  const { user, opportunity: o } = await loadStaffOpportunity(id, pathOf(id));
  const [t, format, locale, messages] = await Promise.all([
    getTranslations("opportunities"),
    getFormatter(),
    getLocale(),
    getClientMessages(["common", "errors", "opportunities"]),
  ]);
  const may = opportunityAbilities(user, o.unitId);
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const criteria = Array.isArray(o.selectionCriteria) ? (o.selectionCriteria as { label?: string; weight?: number }[]) : [];
  const canSeeApplications = can(user, "application:read") || can(user, "application:read", { unitId: o.unitId });

  return (
    <div className="space-y-6">
      <Link href="/dashboard/opportunities" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("staff.title")}
      </Link>
      <PageHeader
        title={o.title}
        description={o.program.name}
        actions={
          <>
            {may.update && isEditable(o.status) && <LinkButton href={`/dashboard/opportunities/${o.id}/edit`}>{t("staff.edit")}</LinkButton>}
            {o.status === "PUBLISHED" && (
              <LinkButton href={`/opportunities/${o.id}`} variant="outline">
                {t("staff.publicPage")}
              </LinkButton>
            )}
            {canSeeApplications && (
              <LinkButton href={`/dashboard/opportunities/${o.id}/applications`} variant="outline">
                {t("staff.applications", { count: o._count.applications })}
              </LinkButton>
            )}
          </>
        }
      />

      <section aria-labelledby="status-heading" className="space-y-3 rounded-lg border border-border p-5">
        <h2 id="status-heading" className="flex items-center gap-3 text-lg font-semibold">
          {t("lifecycle.heading")} <Badge variant={statusVariant(o.status)}>{t(`status.${o.status}`)}</Badge>
        </h2>
        {o.status === "CLOSED" && <Alert variant="info">{t("staff.closedNote")}</Alert>}
        <NextIntlClientProvider messages={messages}>
          <LifecycleActions id={o.id} version={o.version} status={o.status} may={may} />
        </NextIntlClientProvider>
        <p className="text-sm text-muted-foreground">
          {t("staff.history", { created: dateTime(o.createdAt), updated: dateTime(o.updatedAt), version: o.version })}
        </p>
      </section>

      <section aria-labelledby="details-heading" className="space-y-2">
        <h2 id="details-heading" className="text-xl font-semibold">{t("staff.details")}</h2>
        <dl>
          <Fact term={t("detail.host")}>
            {o.partner ? `${o.partner.name} (${countryName(o.partner.countryCode, locale)})` : t("staff.noPartner")}
          </Fact>
          <Fact term={t("staff.agreement")}>
            {o.agreement ? `${o.agreement.referenceNumber} — ${o.agreement.title}` : t("staff.noAgreement")}
          </Fact>
          <Fact term={t("staff.unit")}>{o.unit ? `${o.unit.name} (${o.unit.code})` : t("staff.officeWide")}</Fact>
          <Fact term={t("detail.direction")}>{t(`direction.${o.direction}`)}</Fact>
          <Fact term={t("detail.audience")}>{o.audience.map((level) => t(`audience.${level}`)).join(", ")}</Fact>
          <Fact term={t("detail.subjects")}>{o.subjectAreas.length ? o.subjectAreas.map((code) => iscedLabel(code, locale)).join("; ") : t("detail.anySubject")}</Fact>
          <Fact term={t("detail.places")}>{format.number(o.places)}</Fact>
          <Fact term={t("detail.academicYear")}>
            {t("detail.academicYearValue", { start: String(o.academicYear), end: String((o.academicYear + 1) % 100).padStart(2, "0") })}
          </Fact>
          <Fact term={t("detail.period")}>{o.academicPeriod}</Fact>
          <Fact term={t("detail.duration")}>
            {o.durationMonths === null ? t("detail.none") : t("detail.durationValue", { months: Number(o.durationMonths) })}
          </Fact>
          <Fact term={t("detail.funding")}>{o.funding || t("detail.none")}</Fact>
          <Fact term={t("detail.languageRequirement")}>
            {[o.language, o.languageLevel].filter(Boolean).join(" ") || t("detail.none")}
          </Fact>
          <Fact term={t("detail.otherRequirements")}>
            <span className="whitespace-pre-line">{o.otherRequirements || t("detail.none")}</span>
          </Fact>
          <Fact term={t("detail.window")}>
            {dateTime(o.opensAt)} – {dateTime(o.closesAt)}
          </Fact>
          <Fact term={t("detail.criteria")}>
            {criteria.length === 0 ? (
              t("detail.none")
            ) : (
              <ul>
                {criteria.map((criterion) => (
                  <li key={criterion.label}>
                    {criterion.label}: {t("detail.criterionWeight", { weight: criterion.weight ?? 0 })}
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term={t("detail.documents")}>
            {o.requiredDocuments.length === 0 ? (
              t("detail.noDocuments")
            ) : (
              <ul>
                {o.requiredDocuments.map((doc) => (
                  <li key={doc.id}>
                    {doc.name} ({doc.isMandatory ? t("detail.mandatory") : t("detail.optional")})
                  </li>
                ))}
              </ul>
            )}
          </Fact>
        </dl>
        {o.description && (
          <>
            <h3 className="pt-4 text-lg font-semibold">{t("detail.description")}</h3>
            <p className="max-w-prose whitespace-pre-line">{o.description}</p>
          </>
        )}
      </section>
    </div>
  );
}
