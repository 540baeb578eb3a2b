import "server-only";
import type { AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StrategyMetric } from "@/lib/generated/prisma/enums";
import { localize, type LocalizedText } from "@/lib/translations/content";
import { computeActuals } from "./actuals";
import { natureOf, readFilter, type IndicatorFilter, type MetricNature } from "./metrics";
import { unitShareProgress, worstStatus, yearProgress, type ProgressStatus, type YearProgress } from "./status";

/**
 * The strategy with each indicator's actual against its target, year by year, as the strategy page
 * and the reports show it. Computed indicators are counted from the records (./actuals.ts) for the
 * whole institution, or for one unit (a coordinator's share); hand-entered ones show their values.
 */

/** Years shown at most: a strategy runs five to ten years. */
const MAX_YEARS = 15;

export interface IndicatorYear extends YearProgress {
  /** Hand-entered values: the evidence and who entered it, when. */
  evidence: string | null;
  enteredBy: string | null;
  enteredAt: Date | null;
}

export interface IndicatorProgress {
  id: string;
  title: LocalizedText;
  metric: StrategyMetric | null;
  filter: IndicatorFilter;
  nature: MetricNature;
  /** "unit": the actuals are the reader's unit's share of the institution's targets. */
  scope: "institution" | "unit";
  years: IndicatorYear[];
}

export interface GoalProgress {
  id: string;
  version: number;
  sortOrder: number;
  title: LocalizedText;
  description: LocalizedText;
  indicators: IndicatorProgress[];
  /** Per year: the worst status of the goal's indicators, or null when none has one. */
  statusByYear: { year: number; status: ProgressStatus | null }[];
}

export interface StrategyProgress {
  asOf: string;
  years: number[];
  goals: GoalProgress[];
}

export interface ProgressOptions {
  /** The day the figures are for (today, or a report's last day). */
  asOf: string;
  /** The unit whose share computed indicators count; null: the whole institution. */
  unitId: string | null;
  /** Without figures (a reader with no reports permission): computed indicators show no actuals. */
  withFigures?: boolean;
  language: AppLocale;
  defaultLanguage: AppLocale;
  timeZone: string;
}

const goalSelect = {
  id: true,
  title: true,
  description: true,
  translations: true,
  sortOrder: true,
  version: true,
  indicators: {
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      translations: true,
      metric: true,
      filter: true,
      targets: { select: { year: true, target: true } },
      actuals: { select: { year: true, value: true, evidence: true, updatedAt: true, enteredBy: { select: { name: true } } } },
    },
  },
} satisfies Prisma.StrategyGoalSelect;

type GoalRow = Prisma.StrategyGoalGetPayload<{ select: typeof goalSelect }>;
type IndicatorRow = GoalRow["indicators"][number];

/** The strategy's years: from its first target to its last (at most MAX_YEARS), or just `asOf`'s year. */
export function strategyYears(goals: readonly GoalRow[], asOf: string): number[] {
  const years = goals.flatMap((goal) => goal.indicators.flatMap((indicator) => [...indicator.targets, ...indicator.actuals].map((row) => row.year)));
  if (years.length === 0) return [Number(asOf.slice(0, 4))];
  const first = Math.min(...years);
  const last = Math.min(Math.max(...years), first + MAX_YEARS - 1);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

async function actualsOf(indicator: IndicatorRow, filter: IndicatorFilter, years: readonly number[], options: ProgressOptions): Promise<Map<number, number>> {
  if (!indicator.metric) return new Map(indicator.actuals.map((row) => [row.year, row.value]));
  if (options.withFigures === false) return new Map();
  // The year before the first: where a level's straight line starts (see ./status.ts).
  const counted = [years[0]! - 1, ...years];
  return computeActuals({ metric: indicator.metric, filter, years: counted, asOf: options.asOf, unitId: options.unitId, timeZone: options.timeZone });
}

async function indicatorProgress(indicator: IndicatorRow, years: readonly number[], options: ProgressOptions): Promise<IndicatorProgress> {
  const filter = readFilter(indicator.metric, indicator.filter);
  const nature = natureOf(indicator.metric, filter);
  const unitShare = indicator.metric !== null && options.unitId !== null;
  const actuals = await actualsOf(indicator, filter, years, options);
  const targets = new Map(indicator.targets.map((row) => [row.year, row.target]));
  const entered = new Map(indicator.actuals.map((row) => [row.year, row]));
  return {
    id: indicator.id,
    title: localize(indicator, ["title"] as const, options.language, options.defaultLanguage).title,
    metric: indicator.metric,
    filter,
    nature,
    scope: unitShare ? "unit" : "institution",
    years: years.map((year) => {
      const figures = {
        year,
        target: targets.get(year) ?? null,
        actual: actuals.get(year) ?? null,
        previousActual: actuals.get(year - 1) ?? null,
        previousTarget: targets.get(year - 1) ?? null,
      };
      const progress = unitShare ? unitShareProgress(figures, options.asOf) : yearProgress(figures, nature, options.asOf);
      const hand = indicator.metric ? undefined : entered.get(year);
      return { ...progress, evidence: hand?.evidence ?? null, enteredBy: hand?.enteredBy?.name ?? null, enteredAt: hand?.updatedAt ?? null };
    }),
  };
}

export async function loadStrategyProgress(options: ProgressOptions): Promise<StrategyProgress> {
  const goals = await db.strategyGoal.findMany({ select: goalSelect, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
  const years = strategyYears(goals, options.asOf);
  const indicators = await Promise.all(goals.map((goal) => Promise.all(goal.indicators.map((indicator) => indicatorProgress(indicator, years, options)))));
  return {
    asOf: options.asOf,
    years,
    goals: goals.map((goal, index) => {
      const texts = localize(goal, ["title", "description"] as const, options.language, options.defaultLanguage);
      const goalIndicators = indicators[index]!;
      return {
        id: goal.id,
        version: goal.version,
        sortOrder: goal.sortOrder,
        title: texts.title,
        description: texts.description,
        indicators: goalIndicators,
        statusByYear: years.map((year) => ({
          year,
          status: worstStatus(goalIndicators.flatMap((indicator) => indicator.years.filter((row) => row.year === year).map((row) => row.state))),
        })),
      };
    }),
  };
}
