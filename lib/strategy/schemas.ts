import { z } from "zod";
import { longText, optionalChoice, optionalText, recordId, requiredText, versionField, wholeNumber } from "@/lib/forms/fields";
import { StrategyMetric } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";
import { FILTER_KEYS, METRIC_FILTERS, readFilter, type IndicatorFilter } from "./metrics";

/** The strategy's forms, shared by the client forms and the server actions; messages are keys. */

export const STRATEGY_METRICS = Object.values(StrategyMetric);

/** Strategy years a target or a value may be given for. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
export const MAX_TARGETS = 30;
const MAX_VALUE = 10_000_000;

const year = wholeNumber(FIRST_YEAR, LAST_YEAR, "strategy.validation.year");

// ─── Goals ───

const GOAL_TEXT_MAX = { title: 300, description: 3000 } as const;

export const GOAL_TEXT_FIELDS = Object.keys(GOAL_TEXT_MAX) as (keyof typeof GOAL_TEXT_MAX)[];

export const goalFieldsSchema = z.strictObject({
  title: requiredText(GOAL_TEXT_MAX.title, 3),
  description: longText(GOAL_TEXT_MAX.description),
  translations: translationsSchema(GOAL_TEXT_MAX),
  sortOrder: wholeNumber(0, 999),
});

export const updateGoalSchema = goalFieldsSchema.extend({ id: recordId, version: versionField });

export const deleteGoalSchema = z.strictObject({ id: recordId, version: versionField });

export type GoalFieldsInput = z.input<typeof goalFieldsSchema>;
export type GoalFields = z.output<typeof goalFieldsSchema>;
export type UpdateGoalInput = z.output<typeof updateGoalSchema>;
export type DeleteGoalInput = z.output<typeof deleteGoalSchema>;

export function goalFormValues(goal?: { title: string; description: string; sortOrder: number; translations: unknown }): GoalFieldsInput {
  return {
    title: goal?.title ?? "",
    description: goal?.description ?? "",
    translations: goal ? translationFormValues(readTranslations(goal.translations, GOAL_TEXT_FIELDS), GOAL_TEXT_FIELDS) : emptyTranslations(GOAL_TEXT_FIELDS),
    sortOrder: String(goal?.sortOrder ?? 0),
  };
}

// ─── Indicators ───

const INDICATOR_TEXT_MAX = { title: 300 } as const;

export const INDICATOR_TEXT_FIELDS = Object.keys(INDICATOR_TEXT_MAX) as (keyof typeof INDICATOR_TEXT_MAX)[];

const targetRow = z.strictObject({ year, target: wholeNumber(0, MAX_VALUE) });

/** Each filter is a select left blank for "any"; which ones apply depends on the metric. */
const filterFields = z.strictObject(Object.fromEntries(FILTER_KEYS.map((key) => [key, optionalText(40)])) as Record<(typeof FILTER_KEYS)[number], ReturnType<typeof optionalText>>);

const indicatorFields = z.strictObject({
  title: requiredText(INDICATOR_TEXT_MAX.title, 3),
  translations: translationsSchema(INDICATOR_TEXT_MAX),
  /** Blank: entered by hand each year. */
  metric: optionalChoice(StrategyMetric),
  filter: filterFields.default({ kind: null, region: null, participantType: null, mobilityType: null, level: null, stage: null }),
  sortOrder: wholeNumber(0, 999),
  targets: z.array(targetRow).max(MAX_TARGETS, "strategy.validation.tooManyTargets").default([]),
});

type IndicatorShape = z.output<typeof indicatorFields>;

/** A filter value the metric does not know is refused next to its select; filters of other metrics are dropped. */
function checkIndicator(value: IndicatorShape, context: z.RefinementCtx): void {
  if (value.metric) {
    for (const key of FILTER_KEYS) {
      const chosen = value.filter[key];
      const allowed = METRIC_FILTERS[value.metric][key];
      if (chosen && allowed && !allowed.includes(chosen)) context.addIssue({ code: "custom", path: ["filter", key], message: "common.form.errors.invalidOption" });
    }
  }
  const seen = new Set<number>();
  value.targets.forEach((row, index) => {
    if (seen.has(row.year)) context.addIssue({ code: "custom", path: ["targets", index, "year"], message: "strategy.validation.duplicateYear" });
    seen.add(row.year);
  });
}

/** The stored filter: only what the metric accepts, nothing for a hand-entered indicator. */
function cleaned<T extends IndicatorShape>(value: T): Omit<T, "filter"> & { filter: IndicatorFilter } {
  return { ...value, filter: readFilter(value.metric, value.filter), targets: [...value.targets].sort((a, b) => a.year - b.year) };
}

export const indicatorFieldsSchema = indicatorFields.superRefine(checkIndicator);

export const createIndicatorSchema = indicatorFields.extend({ goalId: recordId, goalVersion: versionField }).superRefine(checkIndicator).transform(cleaned);

export const updateIndicatorSchema = indicatorFields
  .extend({ id: recordId, goalVersion: versionField })
  .superRefine(checkIndicator)
  .transform(cleaned);

export const deleteIndicatorSchema = z.strictObject({ id: recordId, goalVersion: versionField });

export type IndicatorFieldsInput = z.input<typeof indicatorFields>;
export type CreateIndicatorInput = z.output<typeof createIndicatorSchema>;
export type UpdateIndicatorInput = z.output<typeof updateIndicatorSchema>;
export type DeleteIndicatorInput = z.output<typeof deleteIndicatorSchema>;

export function indicatorFormValues(indicator?: {
  title: string;
  translations: unknown;
  metric: StrategyMetric | null;
  filter: unknown;
  sortOrder: number;
  targets: readonly { year: number; target: number }[];
}): IndicatorFieldsInput {
  const filter = readFilter(indicator?.metric ?? null, indicator?.filter);
  return {
    title: indicator?.title ?? "",
    translations: indicator ? translationFormValues(readTranslations(indicator.translations, INDICATOR_TEXT_FIELDS), INDICATOR_TEXT_FIELDS) : emptyTranslations(INDICATOR_TEXT_FIELDS),
    metric: indicator?.metric ?? "",
    filter: Object.fromEntries(FILTER_KEYS.map((key) => [key, filter[key] ?? ""])) as Record<(typeof FILTER_KEYS)[number], string>,
    sortOrder: String(indicator?.sortOrder ?? 0),
    targets: (indicator?.targets ?? []).map((row) => ({ year: String(row.year), target: String(row.target) })),
  };
}

// ─── Values entered by hand ───

export const saveActualSchema = z.strictObject({
  indicatorId: recordId,
  year,
  value: wholeNumber(0, MAX_VALUE),
  evidence: longText(2000),
});

export const deleteActualSchema = z.strictObject({ indicatorId: recordId, year });

export type SaveActualInput = z.output<typeof saveActualSchema>;
export type SaveActualFormValues = z.input<typeof saveActualSchema>;
export type DeleteActualInput = z.output<typeof deleteActualSchema>;
