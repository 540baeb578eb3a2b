import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { History, Pencil } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { addDays, fromIsoDay, todayIso } from "@/lib/agreements/dates";
import { getAgreementEvaluation } from "@/lib/agreements/evaluation-queries";
import { canRenew, transitionOptions } from "@/lib/agreements/lifecycle";
import { canEditAgreement, getAgreementDetail } from "@/lib/agreements/queries";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { listAgreementDocuments } from "@/lib/documents/queries";
import { env } from "@/lib/env";
import { countryName } from "@/lib/partners/country-names";
import { can } from "@/lib/permissions";
import { AgreementMessages } from "../_components/agreement-messages";
import { ConditionsTable } from "../_components/conditions-table";
import { DAY_FORMAT } from "../_components/day";
import { DocumentsSection } from "../_components/documents-section";
import { EvaluationSection } from "../_components/evaluation-section";
import { LifecycleControls } from "../_components/lifecycle-controls";
import { RenewButton } from "../_components/renew-button";
import { AgreementStatusBadge } from "../_components/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("detail.metaTitle") };
}

export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/agreements/${id}`, "agreement:read");
  // The agreement, its documents and its evaluation in parallel; each is scoped, so another unit's reads as not found.
  const { agreement, documents, evaluation } = await loadRecordOr404(id, async (agreementId) => {
    const [agreement, documents, evaluation] = await Promise.all([
      getAgreementDetail(user, agreementId),
      listAgreementDocuments(user, agreementId),
      getAgreementEvaluation(user, agreementId),
    ]);
    return agreement && evaluation ? { agreement, documents, evaluation } : null;
  });
  const [t, format, locale] = await Promise.all([getTranslations("agreements"), getFormatter(), getLocale()]);

  const { status } = agreement;
  const today = todayIso();
  const officeWide = can(user, "agreement:update");
  const mayUpdate = can(user, "agreement:update", { unitId: agreement.unitId });
  const moves = mayUpdate ? transitionOptions(agreement.snapshot as Parameters<typeof transitionOptions>[0], { today, officeWide }) : [];
  const mayRenew = canRenew(status) && !agreement.successor && can(user, "agreement:create", { unitId: agreement.unitId });
  const day = (value: Date | null) => (value ? format.dateTime(value, DAY_FORMAT) : t("detail.notSet"));
  const noticeBy =
    agreement.renewalType === "BY_NOTICE" && agreement.noticePeriodDays && agreement.snapshot.endsOn
      ? fromIsoDay(addDays(agreement.snapshot.endsOn, -agreement.noticePeriodDays))
      : null;

  return (
    <AgreementMessages>
      <div className="space-y-8">
        <PageHeader
          eyebrow={t(`kinds.${agreement.kind}`)}
          title={agreement.title}
          description={agreement.referenceNumber}
          actions={
            <>
              {canEditAgreement(user, agreement) && (
                <LinkButton href={`/dashboard/agreements/${id}/edit`}>
                  <Pencil aria-hidden="true" />
                  {t("detail.edit")}
                </LinkButton>
              )}
              <LinkButton href={`/dashboard/agreements/${id}/history`} variant="outline">
                <History aria-hidden="true" />
                {t("detail.history")}
              </LinkButton>
              {mayRenew && <RenewButton agreementId={id} reference={agreement.referenceNumber} />}
            </>
          }
        />

        {agreement.predecessor && (
          <Alert variant="info">
            <Link href={`/dashboard/agreements/${agreement.predecessor.id}`} className="text-link underline underline-offset-4">
              {t("detail.renewalOf", { reference: agreement.predecessor.referenceNumber })}
            </Link>
          </Alert>
        )}
        {agreement.successor && (
          <Alert variant="info">
            <Link href={`/dashboard/agreements/${agreement.successor.id}`} className="text-link underline underline-offset-4">
              {t("detail.renewedBy", { reference: agreement.successor.referenceNumber, status: t(`statuses.${agreement.successor.status}`) })}
            </Link>
          </Alert>
        )}

        <section aria-labelledby="status-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="status-heading" className="text-xl font-semibold">
              {t("lifecycle.title")}
            </h2>
            <AgreementStatusBadge status={status} />
          </div>
          {moves.length > 0 ? (
            <LifecycleControls
              agreementId={id}
              version={agreement.version}
              from={status}
              today={today}
              options={moves.map((move) => ({ to: move.to, blocks: move.check.ok ? [] : move.check.blocks }))}
            />
          ) : (
            <p className="text-sm text-muted-foreground">{status === "EXPIRED" || status === "TERMINATED" ? t("lifecycle.none") : t("lifecycle.noneForYou")}</p>
          )}
          {!officeWide && status === "DRAFT" && <p className="text-sm text-muted-foreground">{t("detail.draftOnly")}</p>}
        </section>

        <section aria-labelledby="overview-heading" className="space-y-4">
          <h2 id="overview-heading" className="text-xl font-semibold">
            {t("detail.overview")}
          </h2>
          <dl className="grid grid-cols-1 gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
            <Item label={t("fields.referenceNumber")}>{agreement.referenceNumber}</Item>
            <Item label={t("fields.unitId")}>
              {agreement.unit.name} ({agreement.unit.code})
            </Item>
            <Item label={t("fields.responsibleId")}>{agreement.responsible?.name ?? t("form.noResponsible")}</Item>
            <Item label={t("fields.signedOn")}>{day(agreement.signedOn)}</Item>
            <Item label={t("fields.startsOn")}>{day(agreement.startsOn)}</Item>
            <Item label={t("fields.endsOn")}>{agreement.endsOn ? day(agreement.endsOn) : t("detail.openEnded")}</Item>
            <Item label={t("fields.renewalType")}>
              {t(`renewalTypes.${agreement.renewalType}`)}
              {agreement.noticePeriodDays ? ` · ${t("detail.noticePeriod", { count: agreement.noticePeriodDays })}` : ""}
              {noticeBy && <span className="block text-sm text-muted-foreground">{t("detail.noticeBy", { date: day(noticeBy) })}</span>}
            </Item>
            {agreement.terminatedOn && <Item label={t("fields.terminatedOn")}>{day(agreement.terminatedOn)}</Item>}
            <Item label={t("fields.scope")}>{agreement.scope.length ? agreement.scope.map((s) => t(`scopes.${s}`)).join(", ") : t("detail.notSet")}</Item>
          </dl>
          <div className="space-y-1">
            <h3 className="font-medium">{t("fields.internalNotes")}</h3>
            <p className="whitespace-pre-wrap text-sm">{agreement.internalNotes || <span className="text-muted-foreground">{t("detail.internalNotesEmpty")}</span>}</p>
          </div>
          <p className="text-sm text-muted-foreground">
            {t("detail.version", { version: agreement.version, date: format.dateTime(agreement.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
        </section>

        <section aria-labelledby="partners-heading" className="space-y-3">
          <h2 id="partners-heading" className="text-xl font-semibold">
            {t("detail.partners")}
          </h2>
          <ul className="space-y-1">
            {agreement.partners.map(({ partner }) => (
              <li key={partner.id}>
                <Link href={`/dashboard/partners/${partner.id}`} className="text-link underline underline-offset-4">
                  {partner.name}
                </Link>{" "}
                <span className="text-muted-foreground">
                  {[partner.city, countryName(partner.countryCode, locale)].filter(Boolean).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="conditions-heading" className="space-y-3">
          <h2 id="conditions-heading" className="text-xl font-semibold">
            {t("conditions.title")}
          </h2>
          <ConditionsTable conditions={agreement.conditions} />
        </section>

        <DocumentsSection
          agreementId={id}
          documents={documents}
          canUpload={can(user, "document:create", { unitId: agreement.unitId })}
          maxMb={env().UPLOAD_MAX_MB}
        />

        <EvaluationSection evaluation={evaluation} />
      </div>
    </AgreementMessages>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-0.5">
      <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
