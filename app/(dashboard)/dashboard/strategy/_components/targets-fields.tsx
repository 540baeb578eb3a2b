"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionForm } from "@/lib/forms/use-action-form";
import { MAX_TARGETS, type indicatorFieldsSchema } from "@/lib/strategy/schemas";

type IndicatorActionForm = ActionForm<typeof indicatorFieldsSchema>;

/** The indicator's yearly targets: a year and a number per row, one row per year. */
export function TargetsFields({ form, fieldError }: Pick<IndicatorActionForm, "form" | "fieldError">) {
  const t = useTranslations("strategy.indicatorForm");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "targets", keyName: "fieldKey" });
  const listError = fieldError("targets");

  const nextYear = () => {
    const years = (form.getValues("targets") ?? []).map((row) => Number(row?.year)).filter(Number.isFinite);
    return String(years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear());
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">{t("targetsLegend")}</legend>
      <p className="text-sm text-muted-foreground">{t("targetsHint")}</p>
      {fields.length > 0 && (
        <ol className="space-y-3">
          {fields.map((field, index) => (
            <li key={field.fieldKey} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-3 rounded-md border border-border p-3">
              <FormField label={t("targetYear", { number: index + 1 })} error={fieldError(`targets.${index}.year`)} required>
                <Input type="number" inputMode="numeric" min={2000} max={2100} step={1} {...form.register(`targets.${index}.year`)} />
              </FormField>
              <FormField label={t("targetValue", { number: index + 1 })} error={fieldError(`targets.${index}.target`)} required>
                <Input type="number" inputMode="numeric" min={0} step={1} {...form.register(`targets.${index}.target`)} />
              </FormField>
              <Button variant="ghost" size="icon" className="mt-7" onClick={() => remove(index)} aria-label={t("removeTarget", { number: index + 1 })}>
                <Trash2 aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ol>
      )}
      {listError && <p className="text-sm font-medium text-destructive">{listError}</p>}
      {fields.length < MAX_TARGETS && (
        <Button variant="outline" onClick={() => append({ year: nextYear(), target: "" })}>
          <Plus aria-hidden="true" />
          {t("addTarget")}
        </Button>
      )}
    </fieldset>
  );
}
