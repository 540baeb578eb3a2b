import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { Localized } from "@/components/content/localized";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { getTranslations } from "@/i18n/server";
import { describeFilter, describeMeasure } from "@/lib/strategy/labels";
import type { IndicatorProgress, IndicatorYear } from "@/lib/strategy/progress";
import { StateBadge } from "./state-badge";

const PATH = "/dashboard/strategy";

/**
 * One indicator: how it is measured, then a row per year with its target, the value expected by
 * today while the year runs, the actual, the share reached and the status. A coordinator's view of
 * a computed indicator shows their unit's count and its share of the institution's target instead.
 */
export async function IndicatorTable({ indicator, locale, canEdit, unitName }: { indicator: IndicatorProgress; locale: string; canEdit: boolean; unitName: string | null }) {
  const [t, tAll, format] = await Promise.all([getTranslations("strategy"), getTranslations(), getFormatter()]);
  const number = (value: number | null) => (value === null ? "—" : format.number(value));
  const expected = (value: number | null) => (value === null ? "—" : format.number(Math.round(value)));
  const percent = (value: number | null) => (value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 0 }));
  const unitShare = indicator.scope === "unit";
  const manual = indicator.metric === null;
  const filter = describeFilter(indicator.metric, indicator.filter, (key) => tAll(key as never));
  const anyRunning = indicator.years.some((row) => row.running && row.target !== null);
  const headingId = `indicator-${indicator.id}`;

  const columns: DataTableColumn<IndicatorYear>[] = [
    { key: "year", header: t("table.year"), rowHeader: true, cell: (row) => (row.running ? t("table.runningYear", { year: row.year }) : row.year) },
    { key: "target", header: unitShare ? t("table.institutionTarget") : t("table.target"), align: "end", cell: (row) => number(row.target) },
    ...(anyRunning && !unitShare ? [{ key: "expected", header: t("table.expected"), align: "end" as const, cell: (row: IndicatorYear) => (row.running ? expected(row.expected) : "—") }] : []),
    { key: "actual", header: unitShare ? t("table.unitActual", { unit: unitName ?? "" }) : t("table.actual"), align: "end", cell: (row) => number(row.actual) },
    { key: "share", header: unitShare ? t("table.shareOfTarget") : t("table.share"), align: "end", cell: (row) => percent(row.share) },
    ...(unitShare ? [] : [{ key: "status", header: t("table.status"), cell: (row: IndicatorYear) => <StateBadge state={row.state} label={t(`states.${row.state}`)} /> }]),
    ...(manual
      ? [
          {
            key: "evidence",
            header: t("table.evidence"),
            hideBelow: "md" as const,
            cell: (row: IndicatorYear) =>
              row.evidence ? (
                <span className="block max-w-prose text-sm whitespace-pre-line">
                  {row.evidence}
                  {row.enteredBy && row.enteredAt && (
                    <span className="block text-muted-foreground">{t("table.enteredBy", { name: row.enteredBy, date: format.dateTime(row.enteredAt, { dateStyle: "medium" }) })}</span>
                  )}
                </span>
              ) : (
                "—"
              ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          <Localized value={indicator.title} locale={locale} />
        </h3>
        {canEdit && (
          <Link href={`${PATH}/indicators/${indicator.id}`} className="text-sm text-link underline-offset-4 hover:underline">
            {t("indicator.edit")}
            <span className="sr-only">: {indicator.title.text}</span>
          </Link>
        )}
      </div>
      <p className="text-sm text-muted-foreground">
        {describeMeasure(indicator.metric, (key) => tAll(key as never))}
        {filter && <span className="block">{t("indicator.narrowedTo", { filter })}</span>}
        {unitShare && <span className="block">{t("indicator.unitShare", { unit: unitName ?? "" })}</span>}
      </p>
      <DataTable
        caption={t("table.caption", { indicator: indicator.title.text })}
        captionHidden
        columns={columns}
        rows={indicator.years}
        rowKey={(row) => String(row.year)}
        pathname={PATH}
        searchParams={{}}
      />
    </section>
  );
}
