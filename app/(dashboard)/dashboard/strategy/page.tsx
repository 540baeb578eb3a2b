import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { Plus } from "lucide-react";
import { BarChart } from "@/components/charts/bar-chart";
import { Localized } from "@/components/content/localized";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "@/i18n/server";
import { fromIsoDay } from "@/lib/agreements/dates";
import { requirePageAccess } from "@/lib/auth/guards";
import { canSome } from "@/lib/permissions";
import { getStrategyOverview, type StrategyOverview } from "@/lib/strategy/queries";
import { AT_RISK_FROM } from "@/lib/strategy/status";
import { contentReader } from "@/lib/translations/reader";
import { IndicatorTable } from "./_components/indicator-table";
import { StateBadge } from "./_components/state-badge";

const PATH = "/dashboard/strategy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("strategy");
  return { title: t("page.metaTitle") };
}

/** This year's indicators with a status, as one share-of-expected chart (the whole institution only). */
function thisYearRows(overview: StrategyOverview) {
  const year = Number(overview.asOf.slice(0, 4));
  return overview.goals.flatMap((goal) =>
    goal.indicators.flatMap((indicator) => {
      const row = indicator.years.find((entry) => entry.year === year);
      if (!row || row.share === null || indicator.scope === "unit") return [];
      return [{ key: indicator.id, label: indicator.title.text, values: [Math.round(row.share * 100)] }];
    }),
  );
}

/**
 * The internationalization strategy: each goal with its indicators, actual against target year by
 * year and a status. Every staff member reads it; admins edit it. A coordinator's computed figures
 * are their unit's share, and the page says so.
 */
export default async function StrategyPage() {
  const user = await requirePageAccess(PATH, "strategy:read");
  const reader = await contentReader();
  const [t, format, overview] = await Promise.all([getTranslations("strategy"), getFormatter(), getStrategyOverview(user, reader.locale)]);
  const canEdit = canSome(user, "strategy:update");
  const unitName = overview.unit ? reader.pick(overview.unit, ["name"] as const).name.text : null;
  const year = Number(overview.asOf.slice(0, 4));
  const asOf = format.dateTime(fromIsoDay(overview.asOf), { dateStyle: "long", timeZone: "UTC" });
  const chartRows = thisYearRows(overview);

  return (
    <div className="space-y-10">
      <PageHeader
        title={t("page.title")}
        description={t("page.description", { date: asOf })}
        actions={
          canEdit && (
            <LinkButton href={`${PATH}/goals/new`}>
              <Plus aria-hidden="true" />
              {t("page.newGoal")}
            </LinkButton>
          )
        }
      />
      {unitName && <Alert title={t("page.unitTitle", { unit: unitName })}>{t("page.unitText", { unit: unitName })}</Alert>}
      <details className="max-w-prose rounded-md border border-border p-4">
        <summary className="cursor-pointer font-semibold">{t("rules.heading")}</summary>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          <li>{t("rules.onTrack")}</li>
          <li>{t("rules.atRisk", { share: format.number(AT_RISK_FROM, { style: "percent" }) })}</li>
          <li>{t("rules.behind", { share: format.number(AT_RISK_FROM, { style: "percent" }) })}</li>
          <li>{t("rules.flow")}</li>
          <li>{t("rules.level")}</li>
          <li>{t("rules.goal")}</li>
          <li>{t("rules.years")}</li>
        </ul>
      </details>

      {overview.goals.length === 0 ? (
        <EmptyState title={t("page.emptyTitle")} description={canEdit ? t("page.emptyAdmin") : t("page.emptyStaff")} />
      ) : (
        <>
          {chartRows.length > 0 && (
            <BarChart
              id="strategy-this-year"
              title={t("chart.title", { year })}
              description={t("chart.description", { date: asOf })}
              series={[t("chart.series")]}
              rows={chartRows}
              locale={reader.locale}
              texts={{ showTable: t("chart.showTable"), scrollHint: t("chart.scrollHint"), rowHeader: t("chart.rowHeader"), empty: t("chart.empty"), legend: t("chart.legend") }}
            />
          )}
          {overview.goals.map((goal) => {
            const thisYear = goal.statusByYear.find((entry) => entry.year === year)?.status ?? null;
            const headingId = `goal-${goal.id}`;
            return (
              <section key={goal.id} aria-labelledby={headingId} className="space-y-5 border-t border-border pt-6">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="max-w-prose space-y-2">
                    <h2 id={headingId} className="text-2xl font-semibold">
                      <Localized value={goal.title} locale={reader.locale} />
                    </h2>
                    {goal.description.text && <Localized value={goal.description} locale={reader.locale} as="p" className="whitespace-pre-line text-muted-foreground" />}
                  </div>
                  <div className="flex flex-wrap items-center gap-3">
                    {thisYear && (
                      <p className="flex items-center gap-2 text-sm">
                        {t("goal.thisYear", { year })}
                        <StateBadge state={thisYear} label={t(`states.${thisYear}`)} />
                      </p>
                    )}
                    {canEdit && (
                      <Link href={`${PATH}/goals/${goal.id}`} className="text-sm text-link underline-offset-4 hover:underline">
                        {t("goal.edit")}
                        <span className="sr-only">: {goal.title.text}</span>
                      </Link>
                    )}
                  </div>
                </div>
                {goal.indicators.length === 0 ? (
                  <p className="text-muted-foreground">{t("goal.noIndicators")}</p>
                ) : (
                  goal.indicators.map((indicator) => (
                    <IndicatorTable key={indicator.id} indicator={indicator} locale={reader.locale} canEdit={canEdit} unitName={unitName} />
                  ))
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
