"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import type { StrategyMetric } from "@/lib/generated/prisma/enums";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createIndicatorAction, updateIndicatorAction } from "@/lib/strategy/actions";
import { FILTER_KEYS, type FilterKey } from "@/lib/strategy/metrics";
import { indicatorFieldsSchema, indicatorFormValues } from "@/lib/strategy/schemas";
import { TargetsFields } from "./targets-fields";

export interface IndicatorFormProps {
  goal: { id: string; version: number };
  /** The indicator being edited; without it the form adds one to the goal. */
  indicator?: Parameters<typeof indicatorFormValues>[0] & { id: string };
  defaultLanguage: AppLocale;
  /** Each metric with its definition, in the reader's language. */
  metrics: readonly { value: StrategyMetric; label: string; definition: string }[];
  /** The choices of each filter a metric accepts, labelled on the server. */
  filterOptions: Record<StrategyMetric, Partial<Record<FilterKey, SelectOption[]>>>;
  filterLabels: Record<FilterKey, string>;
}

/**
 * An indicator of a goal: its title in each language, how it is measured (a metric counted from the
 * records, narrowed by the filters that metric accepts, or entered by hand) and its yearly targets.
 */
export function IndicatorForm({ goal, indicator, defaultLanguage, metrics, filterOptions, filterLabels }: IndicatorFormProps) {
  const t = useTranslations("strategy");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: indicatorFieldsSchema,
    action: indicator
      ? (values) => updateIndicatorAction({ ...values, id: indicator.id, goalVersion: goal.version })
      : (values) => createIndicatorAction({ ...values, goalId: goal.id, goalVersion: goal.version }),
    defaultValues: indicatorFormValues(indicator),
    onSuccess: ({ id }) => {
      toast.success(indicator ? t("indicatorForm.saved") : t("indicatorForm.created"));
      router.push(indicator ? `/dashboard/strategy/goals/${goal.id}` : `/dashboard/strategy/indicators/${id}`);
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;
  const metric = (useWatch({ control: form.control, name: "metric" }) || null) as StrategyMetric | null;
  const chosen = metrics.find((entry) => entry.value === metric);
  const filters = metric ? FILTER_KEYS.filter((key) => filterOptions[metric][key]) : [];
  const metricField = form.register("metric");

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <FormAlert error={formError} />
      <LanguageTabs form={form} fieldError={fieldError} defaultLanguage={defaultLanguage} idPrefix="indicator" fields={[{ name: "title", label: t("indicatorForm.title"), required: true }]} />
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">{t("indicatorForm.measureLegend")}</legend>
        <FormField label={t("indicatorForm.metric")} description={chosen?.definition ?? t("metrics.MANUAL.definition")} error={fieldError("metric")}>
          <Select
            id="indicator-metric"
            {...metricField}
            onChange={(event) => {
              // A filter of another metric means nothing for this one: start from "any".
              for (const key of FILTER_KEYS) form.setValue(`filter.${key}`, "");
              return metricField.onChange(event);
            }}
            options={[{ value: "", label: t("metrics.MANUAL.label") }, ...metrics.map((entry) => ({ value: entry.value, label: entry.label }))]}
          />
        </FormField>
        {filters.length > 0 && (
          <div className="grid gap-4 sm:grid-cols-2">
            {filters.map((key) => (
              <FormField key={`${metric}-${key}`} label={filterLabels[key]} error={fieldError(`filter.${key}`)}>
                <Select id={`indicator-filter-${key}`} {...form.register(`filter.${key}`)} options={[{ value: "", label: t("filters.any") }, ...(metric ? filterOptions[metric][key]! : [])]} />
              </FormField>
            ))}
          </div>
        )}
      </fieldset>
      <TargetsFields form={form} fieldError={fieldError} />
      <FormField label={t("indicatorForm.sortOrder")} description={t("indicatorForm.sortOrderHint")} error={fieldError("sortOrder")} required>
        <Input id="indicator-sort-order" type="number" inputMode="numeric" min={0} max={999} step={1} className="max-w-32" {...form.register("sortOrder")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tCommon("buttons.saving") : indicator ? tCommon("buttons.saveChanges") : t("indicatorForm.create")}
      </Button>
    </form>
  );
}
