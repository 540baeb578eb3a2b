import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { ArrowLeft, Download } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { Alert } from "@/components/ui/alert";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, localeLabels, locales } from "@/i18n/config";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { contentReader } from "@/lib/translations/reader";
import { guestLanguageOf } from "@/lib/visits/letters/agenda-service";
import { getLetterVisit } from "@/lib/visits/letters/letter-data";
import { listVisitLetters, type VisitLetterRow } from "@/lib/visits/letters/queries";
import { mayHandlePersonalData } from "@/lib/visits/personal-data";
import { GenerateLetterForm } from "./_components/generate-letter-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("letters");
  return { title: t("page.metaTitle") };
}

/**
 * A visit's invitation letters (the office only: letters print passport data): make one for a
 * guest or the delegation, and every letter made so far with who made it, when, and its PDF. The
 * printable agenda is linked here too, in each language.
 */
export default async function VisitLettersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/visits/${id}/letters`, "visit:read");
  if (!mayHandlePersonalData(user)) forbidden();
  const visit = await loadRecordOr404(id, (visitId) => getLetterVisit(user, visitId));
  const [t, format, reader, letters, messages] = await Promise.all([
    getTranslations("letters"),
    getFormatter(),
    contentReader(),
    listVisitLetters(user, visit.id),
    getClientMessages(["common", "errors", "letters"]),
  ]);
  const title = reader.pick(visit, ["title"]).title;
  const guests = visit.participants.map((guest) => ({
    id: guest.id,
    name: guest.name,
    letterLanguage: isLocale(guest.letterLanguage) ? guest.letterLanguage : reader.defaultLanguage,
  }));
  const agendaLanguage = guestLanguageOf(visit, reader.defaultLanguage);
  const agendaLanguages = [agendaLanguage, ...locales.filter((language) => language !== agendaLanguage)];

  const columns: DataTableColumn<VisitLetterRow>[] = [
    { key: "reference", header: t("list.reference"), rowHeader: true, nowrap: true, cell: (row) => row.referenceNumber },
    { key: "guests", header: t("list.guests"), cell: (row) => row.guestNames.join(", ") || "—" },
    { key: "language", header: t("list.language"), cell: (row) => (isLocale(row.language) ? localeLabels[row.language] : row.language) },
    {
      key: "created",
      header: t("list.created"),
      hideBelow: "md",
      cell: (row) => t("list.createdBy", { date: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }), name: row.createdBy ?? "—" }),
    },
    {
      key: "file",
      header: t("list.file"),
      cell: (row) => (
        <a
          href={`/api/visits/${visit.id}/letters/${row.id}`}
          download={row.fileName}
          className="inline-flex items-center gap-1.5 text-link underline underline-offset-4"
        >
          <Download aria-hidden="true" className="size-4" />
          {t("list.download", { reference: row.referenceNumber })}
        </a>
      ),
    },
  ];

  return (
    <div className="space-y-8">
      <Link href={`/dashboard/visits/${visit.id}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("page.back")}
      </Link>
      <PageHeader eyebrow={<Localized value={title} locale={reader.locale} />} title={t("page.title")} description={t("page.description")} />

      <section aria-labelledby="letters-generate" className="space-y-3">
        <h2 id="letters-generate" className="text-xl font-semibold">
          {t("page.generateHeading")}
        </h2>
        {visit.direction !== "INCOMING" ? (
          <Alert variant="info">{t("errors.outgoingVisit")}</Alert>
        ) : guests.length === 0 ? (
          <Alert variant="info">{t("validation.noGuests")}</Alert>
        ) : (
          <NextIntlClientProvider messages={messages}>
            <GenerateLetterForm visitId={visit.id} guests={guests} defaultLanguage={reader.defaultLanguage} />
          </NextIntlClientProvider>
        )}
      </section>

      <section aria-labelledby="letters-list" className="space-y-3">
        <h2 id="letters-list" className="text-xl font-semibold">
          {t("list.heading")}
        </h2>
        <DataTable
          caption={t("list.caption")}
          captionHidden
          columns={columns}
          rows={letters}
          rowKey={(row) => row.id}
          pathname={`/dashboard/visits/${visit.id}/letters`}
          searchParams={{}}
          empty={<EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />}
        />
      </section>

      <section aria-labelledby="letters-agenda" className="space-y-3">
        <h2 id="letters-agenda" className="text-xl font-semibold">
          {t("agenda.heading")}
        </h2>
        <p className="max-w-prose">{t("agenda.description")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {agendaLanguages.map((language) => (
            <li key={language}>
              <a href={`/api/visits/${visit.id}/agenda?lang=${language}`} download className="inline-flex items-center gap-1.5 text-link underline underline-offset-4">
                <Download aria-hidden="true" className="size-4" />
                <span>{t("agenda.download", { language: localeLabels[language] })}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
