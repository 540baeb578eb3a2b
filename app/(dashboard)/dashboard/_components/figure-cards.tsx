import type { ReactNode } from "react";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { fromIsoDay } from "@/lib/agreements/dates";
import type { DashboardOverview } from "@/lib/dashboard/overview";
import type { Trend } from "@/lib/dashboard/trend";
import { TrendLine } from "./trend-line";
import { TrendTable } from "./trend-table";

function FigureCard({ label, value, trend, hint }: { label: string; value: string; trend: Trend; hint?: ReactNode }) {
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <h3 className="text-sm font-semibold text-muted-foreground">{label}</h3>
      <p className="text-3xl font-bold tabular-nums">{value}</p>
      <TrendLine trend={trend} />
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
    </li>
  );
}

/**
 * The figures, each with its change against the same date last year, then the two breakdowns the
 * office reports by (agreements by kind, partners by region) as tables with the same comparison.
 */
export async function FigureCards({ overview }: { overview: DashboardOverview }) {
  const [t, tKinds, tRegions, format] = await Promise.all([
    getTranslations("dashboard.figures"),
    getTranslations("agreements.kinds"),
    getTranslations("partners.regions"),
    getFormatter(),
  ]);
  const { figures, period } = overview;
  const day = (iso: string) => format.dateTime(fromIsoDay(iso), { dateStyle: "long", timeZone: "UTC" });
  const year = t("academicYear", { start: String(period.academicYear), end: String(period.academicYear + 1).slice(2) });
  const budgets = figures.projectBudgets.map((budget) =>
    format.number(budget.current, { style: "currency", currency: budget.currency, maximumFractionDigits: 0 }),
  );
  const mobilityHint = t("mobilityHint", { year });
  const cards: { label: string; trend: Trend; hint?: string }[] = [
    { label: t("agreements"), trend: figures.agreements, hint: t("agreementsHint") },
    { label: t("partners"), trend: figures.partners },
    { label: t("outgoingStudents"), trend: figures.mobilities.outgoingStudents, hint: mobilityHint },
    { label: t("outgoingStaff"), trend: figures.mobilities.outgoingStaff, hint: mobilityHint },
    { label: t("incomingStudents"), trend: figures.mobilities.incomingStudents, hint: mobilityHint },
    { label: t("incomingStaff"), trend: figures.mobilities.incomingStaff, hint: mobilityHint },
    { label: t("applications"), trend: figures.applications, hint: t("applicationsHint", { date: day(period.cycleStart) }) },
    { label: t("projects"), trend: figures.projects, hint: budgets.length > 0 ? t("budget", { amounts: format.list(budgets) }) : t("noBudget") },
    { label: t("internationalStudents"), trend: figures.internationalStudents, hint: t("studentsHint") },
  ];
  return (
    <div className="space-y-6">
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 [&>*]:min-w-0">
        {cards.map((card) => (
          <FigureCard key={card.label} label={card.label} value={format.number(card.trend.current)} trend={card.trend} hint={card.hint} />
        ))}
      </ul>
      {/* Side by side only where both tables fit whole, in every language. */}
      <div className="grid gap-4 2xl:grid-cols-2 [&>*]:min-w-0">
        <TrendTable
          id="agreements-by-kind"
          caption={t("byKind")}
          rowHeader={t("kind")}
          rows={figures.agreementsByKind.map((row) => ({ key: row.kind, label: tKinds(row.kind), trend: row.trend }))}
        />
        <TrendTable
          id="partners-by-region"
          caption={t("byRegion")}
          rowHeader={t("region")}
          rows={figures.partnersByRegion.map((row) => ({ key: row.region, label: tRegions(row.region), trend: row.trend }))}
        />
      </div>
    </div>
  );
}
