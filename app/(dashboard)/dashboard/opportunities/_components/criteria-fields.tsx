"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { MAX_CRITERIA } from "@/lib/opportunities/schemas";
import type { FieldErrorOf, OpportunityFormFields } from "./form-types";

/** Selection criteria with weights; the running total is announced as it changes. */
export function CriteriaFields({ fieldError }: { fieldError: FieldErrorOf }) {
  const t = useTranslations("opportunities.form");
  const { control, register } = useFormContext<OpportunityFormFields>();
  const { fields, append, remove } = useFieldArray({ control, name: "selectionCriteria", keyName: "fieldKey" });
  const criteria = useWatch({ control, name: "selectionCriteria" }) ?? [];
  const total = criteria.reduce((sum, criterion) => sum + (Number(criterion?.weight) || 0), 0);
  const sumError = fieldError("selectionCriteria");

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">{t("criteriaHint")}</p>
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.fieldKey} className="grid grid-cols-1 gap-3 rounded-md border border-border p-3 sm:grid-cols-[minmax(0,1fr)_8rem_auto] sm:items-start">
            <input type="hidden" {...register(`selectionCriteria.${index}.key`)} />
            <FormField label={t("criterionLabel", { number: index + 1 })} error={fieldError(`selectionCriteria.${index}.label`)} required>
              <Input {...register(`selectionCriteria.${index}.label`)} />
            </FormField>
            <FormField label={t("criterionWeight", { number: index + 1 })} error={fieldError(`selectionCriteria.${index}.weight`)} required>
              <Input type="number" inputMode="numeric" min={1} max={100} step={1} {...register(`selectionCriteria.${index}.weight`)} />
            </FormField>
            <Button variant="ghost" className="sm:mt-7" onClick={() => remove(index)} aria-label={t("removeCriterion", { number: index + 1 })}>
              <Trash2 aria-hidden="true" />
            </Button>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className={total === 100 || fields.length === 0 ? "text-sm" : "text-sm font-semibold text-warning"}>
        {t("weightsTotal", { total })}
      </p>
      {sumError && <p className="text-sm font-medium text-destructive">{sumError}</p>}
      {fields.length < MAX_CRITERIA && (
        <Button variant="outline" onClick={() => append({ label: "", weight: "" })}>
          <Plus aria-hidden="true" />
          {t("addCriterion")}
        </Button>
      )}
    </div>
  );
}
