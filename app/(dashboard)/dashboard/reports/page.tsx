import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { FileSpreadsheet, FileText } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { localeLabels, isLocale } from "@/i18n/config";
import { getTranslations } from "@/i18n/server";
import { toIsoDay } from "@/lib/agreements/dates";
import { requirePageAccess } from "@/lib/auth/guards";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { reportFormat, reportTitle } from "@/lib/reports/format";
import { lastEndedQuarter } from "@/lib/reports/periods";
import { listHighlights, listReports, type HighlightRecord, type ReportListRow } from "@/lib/reports/queries";
import { contentReader } from "@/lib/translations/reader";
import { GenerateReportForm } from "./_components/generate-report-form";
import { HighlightForm } from "./_components/highlight-form";
import { ReportProgress } from "./_components/report-progress";

const PATH = "/dashboard/reports";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("page.metaTitle") };
}

function sizeOf(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: bytes >= 1_000_000 ? "megabyte" : "kilobyte", maximumFractionDigits: 1 }).format(
    bytes >= 1_000_000 ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)),
  );
}

/**
 * Activity reports (the office): the form that asks for one, the reports kept with who asked and
 * when (a running one shows its progress, a finished one its two files), and the highlights staff
 * add for the reports of their period.
 */
export default async function ReportsPage() {
  const user = await requirePageAccess(PATH, "report:export");
  const reader = await contentReader();
  const [t, format, timeZone, reports, highlights, messages] = await Promise.all([
    getTranslations("reports"),
    getFormatter(),
    getInstitutionTimeZone(),
    listReports(user),
    listHighlights(user),
    getClientMessages(["common", "errors", "reports"]),
  ]);
  const today = dayIn(new Date(), timeZone);
  const quarter = lastEndedQuarter(today);
  const f = reportFormat(reader.locale);
  const titleOf = (row: ReportListRow) => reportTitle(t as never, row.kind, { start: toIsoDay(row.periodStart)!, end: toIsoDay(row.periodEnd)! }, f);

  const fileLink = (row: ReportListRow, kind: "pdf" | "xlsx") => {
    const file = kind === "pdf" ? row.pdfFile : row.xlsxFile;
    if (!file) return null;
    const size = sizeOf(file.sizeBytes, reader.locale);
    const Icon = kind === "pdf" ? FileText : FileSpreadsheet;
    return (
      <a
        href={`/api/reports/${row.id}/${kind}`}
        download
        className="inline-flex items-center gap-1.5 text-link underline-offset-4 hover:underline"
        aria-label={t("list.downloadLabel", { format: t(`list.${kind}`), report: titleOf(row), size })}
      >
        <Icon aria-hidden="true" className="size-4" />
        {t("list.download", { format: t(`list.${kind}`), size })}
      </a>
    );
  };

  const columns: DataTableColumn<ReportListRow>[] = [
    {
      key: "report",
      header: t("list.report"),
      rowHeader: true,
      cell: (row) => (
        <span className="block">
          {titleOf(row)}
          <span className="block text-sm text-muted-foreground">{f.range({ start: toIsoDay(row.periodStart)!, end: toIsoDay(row.periodEnd)! })}</span>
        </span>
      ),
    },
    { key: "language", header: t("list.language"), hideBelow: "lg", cell: (row) => (isLocale(row.language) ? <span lang={row.language}>{localeLabels[row.language]}</span> : row.language) },
    {
      key: "askedBy",
      header: t("list.askedBy"),
      hideBelow: "md",
      cell: (row) => (
        <span className="block">
          {row.createdBy?.name ?? t("list.draft")}
          <span className="block text-sm text-muted-foreground">{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
        </span>
      ),
    },
    {
      key: "status",
      header: t("list.status"),
      cell: (row) => (
        <span className="block space-y-1">
          <ReportProgress id={row.id} status={row.status} progress={row.progress} label={t("list.progressLabel", { report: titleOf(row) })} />
          {row.status === "FAILED" && row.error && (
            <span className="block text-sm text-muted-foreground">{row.error === "interrupted" ? t("list.interrupted") : t("list.failedReference", { reference: row.error })}</span>
          )}
        </span>
      ),
    },
    {
      key: "files",
      header: t("list.files"),
      cell: (row) =>
        row.status === "DONE" ? (
          <span className="flex flex-col gap-1">
            {fileLink(row, "pdf")}
            {fileLink(row, "xlsx")}
          </span>
        ) : (
          "—"
        ),
    },
  ];

  const highlightColumns: DataTableColumn<HighlightRecord>[] = [
    { key: "date", header: t("highlights.date"), nowrap: true, cell: (row) => f.day(row.happenedOn) },
    {
      key: "title",
      header: t("highlights.title"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`${PATH}/highlights/${row.id}`} className="text-link underline-offset-4 hover:underline">
          <Localized value={reader.pick(row, ["title"] as const).title} locale={reader.locale} />
        </Link>
      ),
    },
    { key: "addedBy", header: t("highlights.addedBy"), hideBelow: "md", cell: (row) => row.createdBy?.name ?? "—" },
  ];

  return (
    <div className="space-y-10">
      <PageHeader title={t("page.title")} description={t("page.description")} />
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="reports-generate" className="space-y-3">
          <h2 id="reports-generate" className="text-2xl font-semibold">
            {t("page.generateHeading")}
          </h2>
          <p className="max-w-prose text-muted-foreground">{t("page.generateText")}</p>
          <GenerateReportForm defaults={{ year: Number(today.slice(0, 4)) - 1, quarterYear: quarter.year, quarter: quarter.quarter }} language={reader.locale} />
        </section>
        <section aria-labelledby="reports-list" className="space-y-3">
          <h2 id="reports-list" className="text-2xl font-semibold">
            {t("page.listHeading")}
          </h2>
          <DataTable
            caption={t("page.listCaption")}
            captionHidden
            columns={columns}
            rows={reports}
            rowKey={(row) => row.id}
            pathname={PATH}
            searchParams={{}}
            empty={<EmptyState title={t("page.emptyTitle")} description={t("page.emptyText")} />}
          />
        </section>
        <section aria-labelledby="reports-highlights" className="space-y-4">
          <h2 id="reports-highlights" className="text-2xl font-semibold">
            {t("page.highlightsHeading")}
          </h2>
          <p className="max-w-prose text-muted-foreground">{t("page.highlightsText")}</p>
          {highlights.length === 0 ? (
            <p className="text-muted-foreground">{t("page.noHighlights")}</p>
          ) : (
            <DataTable caption={t("page.highlightsCaption")} captionHidden columns={highlightColumns} rows={highlights} rowKey={(row) => row.id} pathname={PATH} searchParams={{}} />
          )}
          <h3 className="text-lg font-semibold">{t("highlights.add")}</h3>
          <HighlightForm defaultLanguage={reader.defaultLanguage} />
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
