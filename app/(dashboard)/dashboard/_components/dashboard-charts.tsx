import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { BarChart } from "@/components/charts/bar-chart";
import { fromIsoDay } from "@/lib/agreements/dates";
import type { DashboardOverview } from "@/lib/dashboard/overview";
import { funnelOf } from "@/lib/dashboard/funnel";
import { AgreementStatus } from "@/lib/generated/prisma/enums";
import { PartnerMap } from "./partner-map";

const STATUSES = Object.values(AgreementStatus);

/** The dashboard's charts: each drawn on the server, titled, with its table. */
export async function DashboardCharts({ overview }: { overview: DashboardOverview }) {
  const [t, tKinds, tStatuses, tRegions, tPrograms, locale, format] = await Promise.all([
    getTranslations("dashboard.charts"),
    getTranslations("agreements.kinds"),
    getTranslations("agreements.statuses"),
    getTranslations("partners.regions"),
    getTranslations("dashboard.programs"),
    getLocale(),
    getFormatter(),
  ]);
  const { charts, figures, period } = overview;
  const yearLabel = (start: number) => t("academicYear", { start: String(start), end: String(start + 1).slice(2) });
  const common = { showTable: t("showTable"), scrollHint: t("scrollHint"), empty: t("empty"), legend: t("legend"), total: t("total") };

  const kinds = [...new Set(charts.agreementsByKindAndStatus.map((row) => row.kind))];
  const countOf = (kind: string, status: string) => charts.agreementsByKindAndStatus.find((row) => row.kind === kind && row.status === status)?.count ?? 0;
  const kindRows = kinds
    .map((kind) => ({ key: kind, label: tKinds(kind), values: STATUSES.map((status) => countOf(kind, status)) }))
    .sort((a, b) => b.values.reduce((s, v) => s + v, 0) - a.values.reduce((s, v) => s + v, 0));

  return (
    <div className="grid gap-4 2xl:grid-cols-2 [&>*]:min-w-0">
      <BarChart
        id="chart-mobility-years"
        title={t("mobilityYears.title")}
        description={t("mobilityYears.description")}
        series={[t("mobilityYears.outgoing"), t("mobilityYears.incoming")]}
        rows={charts.mobilityYears.map((row) => ({ key: String(row.academicYear), label: yearLabel(row.academicYear), values: [row.outgoing, row.incoming] }))}
        locale={locale}
        texts={{ ...common, rowHeader: t("mobilityYears.rowHeader") }}
      />
      <div className="flex min-w-0 flex-col gap-4">
        <BarChart
          id="chart-partners-regions"
          title={t("partnersByRegion.title")}
          description={t("partnersByRegion.description")}
          series={[t("partnersByRegion.partners")]}
          rows={figures.partnersByRegion
            .filter((row) => row.trend.current > 0)
            .map((row) => ({ key: row.region, label: tRegions(row.region), values: [row.trend.current] }))}
          locale={locale}
          texts={{ ...common, rowHeader: t("partnersByRegion.rowHeader") }}
        />
        <PartnerMap countries={figures.partnersByCountry} />
      </div>
      <BarChart
        id="chart-agreements"
        title={t("agreements.title")}
        description={t("agreements.description")}
        series={STATUSES.map((status) => tStatuses(status))}
        rows={kindRows}
        mode="stacked"
        locale={locale}
        texts={{ ...common, rowHeader: t("agreements.rowHeader") }}
      />
      <BarChart
        id="chart-places"
        title={t("places.title", { year: yearLabel(period.academicYear) })}
        description={t("places.description")}
        series={[t("places.agreed"), t("places.realized")]}
        rows={charts.placesByProgram.map((row) => ({ key: row.kind, label: tPrograms(row.kind), values: [row.agreed, row.realized] }))}
        locale={locale}
        texts={{ ...common, rowHeader: t("places.rowHeader") }}
      />
      <BarChart
        id="chart-funnel"
        title={t("funnel.title", { year: yearLabel(period.academicYear) })}
        description={t("funnel.description", { date: format.dateTime(fromIsoDay(period.cycleStart), { dateStyle: "long", timeZone: "UTC" }) })}
        series={[t("funnel.applications")]}
        rows={funnelOf(charts.applicationsByStatus).map((row) => ({ key: row.stage, label: t(`funnel.stages.${row.stage}`), values: [row.count] }))}
        locale={locale}
        texts={{ ...common, rowHeader: t("funnel.rowHeader") }}
      />
    </div>
  );
}
