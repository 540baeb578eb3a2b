import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getIndicator, type IndicatorRecord } from "@/lib/strategy/queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { ActualForm } from "../../_components/actual-form";
import { BackLink } from "../../_components/back-link";
import { DeleteActual, DeleteIndicator } from "../../_components/delete-buttons";
import { IndicatorForm } from "../../_components/indicator-form";
import { indicatorFormOptions } from "../../_components/indicator-options";

type ActualRow = IndicatorRecord["actuals"][number];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("strategy");
  return { title: t("indicatorForm.editMetaTitle") };
}

/**
 * An indicator: how it is measured and its targets; a hand-entered one also its values per year,
 * each with its evidence and who entered it.
 */
export default async function IndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/dashboard/strategy/indicators/${id}`;
  const user = await requirePageAccess(path, "strategy:update");
  const indicator = await loadRecordOr404(id, (indicatorId) => getIndicator(user, indicatorId));
  const [t, format, messages, defaultLanguage, options] = await Promise.all([
    getTranslations("strategy"),
    getFormatter(),
    getClientMessages(["common", "errors", "strategy"]),
    getDefaultContentLanguage(),
    indicatorFormOptions(),
  ]);
  const { goal } = indicator;

  const columns: DataTableColumn<ActualRow>[] = [
    { key: "year", header: t("table.year"), rowHeader: true, cell: (row) => row.year },
    { key: "value", header: t("table.actual"), align: "end", cell: (row) => format.number(row.value) },
    { key: "evidence", header: t("table.evidence"), cell: (row) => <span className="block max-w-prose whitespace-pre-line">{row.evidence || "—"}</span> },
    {
      key: "entered",
      header: t("table.entered"),
      hideBelow: "md",
      cell: (row) => t("table.enteredBy", { name: row.enteredBy?.name ?? "—", date: format.dateTime(row.updatedAt, { dateStyle: "medium" }) }),
    },
    { key: "remove", header: <span className="sr-only">{t("table.remove")}</span>, cell: (row) => <DeleteActual indicatorId={indicator.id} year={row.year} /> },
  ];

  return (
    <div className="space-y-8">
      <BackLink href={`/dashboard/strategy/goals/${goal.id}`}>{t("indicatorForm.back", { goal: goal.title })}</BackLink>
      <PageHeader title={indicator.title} description={t("indicatorForm.editDescription", { goal: goal.title })} />
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="indicator-details" className="space-y-3">
          <h2 id="indicator-details" className="text-xl font-semibold">
            {t("indicatorForm.detailsHeading")}
          </h2>
          <IndicatorForm key={goal.version} goal={{ id: goal.id, version: goal.version }} indicator={indicator} defaultLanguage={defaultLanguage} {...options} />
        </section>
        {indicator.metric === null && (
          <section aria-labelledby="indicator-values" className="space-y-4">
            <h2 id="indicator-values" className="text-xl font-semibold">
              {t("actualForm.heading")}
            </h2>
            <p className="max-w-prose text-muted-foreground">{t("actualForm.description")}</p>
            {indicator.actuals.length > 0 && (
              <DataTable caption={t("actualForm.caption")} captionHidden columns={columns} rows={indicator.actuals} rowKey={(row) => String(row.year)} pathname={path} searchParams={{}} />
            )}
            <ActualForm indicatorId={indicator.id} year={new Date().getFullYear()} />
          </section>
        )}
        <section aria-labelledby="indicator-delete" className="max-w-2xl space-y-3">
          <h2 id="indicator-delete" className="text-xl font-semibold">
            {t("indicatorForm.deleteHeading")}
          </h2>
          <p>{t("indicatorForm.deleteText")}</p>
          <DeleteIndicator id={indicator.id} goalId={goal.id} goalVersion={goal.version} title={indicator.title} />
        </section>
      </NextIntlClientProvider>
      <Link href={`/dashboard/admin/audit?entityType=StrategyIndicator&entityId=${indicator.id}`} className="inline-block text-sm text-link underline underline-offset-4">
        {t("indicatorForm.history")}
      </Link>
    </div>
  );
}
