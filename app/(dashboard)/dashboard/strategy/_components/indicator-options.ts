import "server-only";
import { getTranslations } from "@/i18n/server";
import type { SelectOption } from "@/components/ui/select";
import type { StrategyMetric } from "@/lib/generated/prisma/enums";
import { filterValueKey } from "@/lib/strategy/labels";
import { FILTER_KEYS, METRIC_FILTERS, type FilterKey } from "@/lib/strategy/metrics";
import { STRATEGY_METRICS } from "@/lib/strategy/schemas";

/** The indicator form's choices, labelled in the reader's language on the server. */
export async function indicatorFormOptions() {
  const [t, tAll] = await Promise.all([getTranslations("strategy"), getTranslations()]);
  const metrics = STRATEGY_METRICS.map((metric) => ({ value: metric, label: t(`metrics.${metric}.label`), definition: t(`metrics.${metric}.definition`) }));
  const filterOptions = Object.fromEntries(
    STRATEGY_METRICS.map((metric) => [
      metric,
      Object.fromEntries(
        FILTER_KEYS.filter((key) => METRIC_FILTERS[metric][key]).map((key) => [
          key,
          METRIC_FILTERS[metric][key]!.map((value) => ({ value, label: tAll(filterValueKey(metric, key, value) as never) })),
        ]),
      ),
    ]),
  ) as Record<StrategyMetric, Partial<Record<FilterKey, SelectOption[]>>>;
  const filterLabels = Object.fromEntries(FILTER_KEYS.map((key) => [key, t(`filters.${key}`)])) as Record<FilterKey, string>;
  return { metrics, filterOptions, filterLabels };
}
