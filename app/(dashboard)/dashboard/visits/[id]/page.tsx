import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { ArrowLeft, FileText, Pencil } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { allCountriesSorted } from "@/lib/partners/country-names";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { getVisitPageData } from "@/lib/visits/page-data";
import { VisitGuestLecture } from "../../events/_components/visit-guest-lecture";
import { AgendaEditor } from "../_components/agenda-editor";
import { ErasePersonalData } from "../_components/erase-personal-data";
import { LifecycleControls } from "../_components/lifecycle-controls";
import { ParticipantsEditor } from "../_components/participants-editor";
import { VisitStatusBadge } from "../_components/status-badge";
import { WarningList } from "../_components/warning-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("visits");
  return { title: t("detail.metaTitle") };
}

const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

/** One visit for staff: the record, its lifecycle, participants, agenda and, for the office, the erasure of personal data. */
export default async function VisitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/visits/${id}`, "visit:read");
  const data = await loadRecordOr404(id, (visitId) => getVisitPageData(user, visitId));
  const { visit } = data;
  const [t, format, locale, messages, defaultLanguage] = await Promise.all([
    getTranslations("visits"),
    getFormatter(),
    getLocale(),
    getClientMessages(["common", "errors", "visits"]),
    getDefaultContentLanguage(),
  ]);
  const names = {
    participants: Object.fromEntries(data.participants.map(({ participant }) => [participant.id, participant.name])),
    agenda: Object.fromEntries(data.agenda.map(({ item }) => [item.id, item.title])),
  };
  const details: [label: string, value: ReactNode][] = [
    [t("fields.purpose"), visit.purpose],
    [
      t("fields.partner"),
      visit.partner ? (
        <Link href={`/dashboard/partners/${visit.partner.id}`} className="text-link underline underline-offset-4">
          {visit.partner.name}
        </Link>
      ) : null,
    ],
    [t("fields.organizationName"), visit.organizationName],
    [t("fields.hostUnit"), visit.hostUnit ? `${visit.hostUnit.code} — ${visit.hostUnit.name}` : null],
    [t("fields.responsible"), visit.responsible?.name ?? null],
    [
      t("fields.agreement"),
      visit.agreement ? (
        <Link href={`/dashboard/agreements/${visit.agreement.id}`} className="text-link underline underline-offset-4">
          {visit.agreement.referenceNumber} — {visit.agreement.title}
        </Link>
      ) : null,
    ],
    [t("fields.project"), visit.project ? (visit.project.acronym ?? visit.project.title) : null],
    [t("fields.costsCoveredBy"), visit.costsCoveredBy],
    [t("fields.outcome"), visit.outcome],
    [t("fields.notes"), visit.notes],
    [t("fields.isPublic"), visit.isPublic ? t("detail.publicYes", { summary: visit.publicSummary }) : t("detail.publicNo")],
  ];

  return (
    <div className="space-y-8">
      <Link href="/dashboard/visits" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("detail.back")}
      </Link>
      <PageHeader
        title={visit.title}
        description={`${t(`directions.${visit.direction}`)} · ${t(`kinds.${visit.kind}`)} · ${format.dateTimeRange(visit.startDate, visit.endDate, DAY)}`}
        actions={
          <>
            {data.canEdit && (
              <LinkButton href={`/dashboard/visits/${visit.id}/edit`} variant="outline">
                <Pencil aria-hidden="true" />
                {t("detail.edit")}
              </LinkButton>
            )}
            {/* Letters name the guests' passports: the office's only. */}
            {visit.withPersonalData && (
              <LinkButton href={`/dashboard/visits/${visit.id}/letters`} variant="outline">
                <FileText aria-hidden="true" />
                {t("detail.letters")}
              </LinkButton>
            )}
          </>
        }
      />

      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="visit-status" className="space-y-3">
          <h2 id="visit-status" className="flex flex-wrap items-center gap-3 text-xl font-semibold">
            {t("detail.statusTitle")} <VisitStatusBadge status={visit.status} />
          </h2>
          {data.canEdit && <LifecycleControls id={visit.id} version={visit.version} status={visit.status} options={data.transitions} />}
        </section>

        {data.warnings.length > 0 && (
          <Alert variant="warning" title={t("detail.warningsTitle")}>
            <WarningList warnings={data.warnings} names={names} />
          </Alert>
        )}

        <section aria-labelledby="visit-details" className="space-y-3">
          <h2 id="visit-details" className="text-xl font-semibold">
            {t("detail.detailsTitle")}
          </h2>
          <dl className="grid gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2">
            {details
              .filter(([, value]) => value !== null && value !== "")
              .map(([label, value]) => (
                <div key={label}>
                  <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
                  <dd className="break-words whitespace-pre-line">{value}</dd>
                </div>
              ))}
          </dl>
          <VisitGuestLecture user={user} visitId={visit.id} hostUnitId={visit.hostUnitId} />
        </section>

        <section aria-labelledby="visit-participants" className="space-y-3">
          <h2 id="visit-participants" className="text-xl font-semibold">
            {t("participants.title", { count: data.participants.length })}
          </h2>
          {!visit.withPersonalData && <p className="text-sm text-muted-foreground">{t("participants.noPersonalData")}</p>}
          <ParticipantsEditor
            visitId={visit.id}
            rows={data.participants}
            warnings={data.warnings}
            canEdit={data.canEdit}
            timeZone={data.timeZone}
            context={{
              withPersonalData: visit.withPersonalData,
              outgoing: visit.direction === "OUTGOING",
              countries: visit.withPersonalData ? allCountriesSorted(locale) : [],
              travellers: data.travellers,
            }}
          />
        </section>

        <section aria-labelledby="visit-agenda" className="space-y-3">
          <h2 id="visit-agenda" className="text-xl font-semibold">
            {t("agenda.title")}
          </h2>
          <AgendaEditor
            visitId={visit.id}
            items={data.agenda}
            warnings={data.warnings}
            canEdit={data.canEdit}
            defaultLanguage={defaultLanguage}
            timeZone={data.timeZone}
            firstDay={visit.startDate.toISOString().slice(0, 10)}
          />
        </section>

        {visit.withPersonalData && (
          <section aria-labelledby="visit-personal-data" className="space-y-3">
            <h2 id="visit-personal-data" className="text-xl font-semibold">
              {t("erase.title")}
            </h2>
            {visit.personalDataErasedAt ? (
              <p>{t("erase.erasedOn", { date: format.dateTime(visit.personalDataErasedAt, { dateStyle: "long" }) })}</p>
            ) : (
              <p className="max-w-prose text-muted-foreground">{data.canErase ? t("erase.explain") : t("erase.notYet")}</p>
            )}
            {data.canErase && <ErasePersonalData id={visit.id} version={visit.version} participants={data.participants.length} />}
          </section>
        )}
      </NextIntlClientProvider>
    </div>
  );
}
