import type { StrategyMetric } from "@/lib/generated/prisma/enums";
import { filterKeysOf, type FilterKey, type IndicatorFilter } from "./metrics";

/**
 * The message keys (with their namespace) that name an indicator's metric and filters, so the page
 * (the reader's language) and the reports (the report's language) word them the same way. Pure.
 */

const KIND_KEYS: Partial<Record<StrategyMetric, string>> = {
  ACTIVE_AGREEMENTS: "agreements.kinds",
  ACTIVE_PARTNERS: "partners.kinds",
  EVENTS_HELD: "events.kind",
  VISITS_RECEIVED: "visits.kinds",
};

export function filterValueKey(metric: StrategyMetric, key: FilterKey, value: string): string {
  switch (key) {
    case "kind":
      return `${KIND_KEYS[metric] ?? "strategy.filters.any"}.${value}`;
    case "region":
      return `partners.regions.${value}`;
    case "participantType":
      return `mobility.participantType.${value}`;
    case "mobilityType":
      return `mobility.mobilityType.${value}`;
    case "level":
      return `internationalStudents.levels.${value}`;
    case "stage":
      return `strategy.stages.${value}`;
  }
}

/** The namespaces whose messages the keys above point into. */
export const LABEL_NAMESPACES = ["strategy", "agreements", "partners", "events", "visits", "mobility", "internationalStudents"] as const;

/** "Kind: Erasmus+ KA171 · Region: Europe", or null without filters. */
export function describeFilter(metric: StrategyMetric | null, filter: IndicatorFilter, translate: (key: string) => string): string | null {
  if (!metric) return null;
  const parts = filterKeysOf(metric)
    .filter((key) => filter[key])
    .map((key) => `${translate(`strategy.filters.${key}`)}: ${translate(filterValueKey(metric, key, filter[key]!))}`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** How the indicator is measured, in a sentence: its metric's definition, or "entered by hand". */
export function describeMeasure(metric: StrategyMetric | null, translate: (key: string) => string): string {
  return translate(metric ? `strategy.metrics.${metric}.definition` : "strategy.metrics.MANUAL.definition");
}
