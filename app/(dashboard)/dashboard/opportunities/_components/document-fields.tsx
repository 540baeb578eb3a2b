"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { MAX_REQUIRED_DOCUMENTS } from "@/lib/opportunities/schemas";
import type { FieldErrorOf, OpportunityFormFields } from "./form-types";

/** The documents applicants upload: name, description and whether each is required. */
export function DocumentFields({ fieldError }: { fieldError: FieldErrorOf }) {
  const t = useTranslations("opportunities.form");
  const { control, register } = useFormContext<OpportunityFormFields>();
  // The documents carry their own `id`, so the field array keeps its React keys elsewhere.
  const { fields, append, remove } = useFieldArray({ control, name: "requiredDocuments", keyName: "fieldKey" });

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">{t("documentsHint")}</p>
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.fieldKey} className="space-y-3 rounded-md border border-border p-3">
            <input type="hidden" {...register(`requiredDocuments.${index}.id`)} />
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
              <FormField label={t("documentName", { number: index + 1 })} error={fieldError(`requiredDocuments.${index}.name`)} required>
                <Input {...register(`requiredDocuments.${index}.name`)} />
              </FormField>
              <Button variant="ghost" className="sm:mt-7" onClick={() => remove(index)} aria-label={t("removeDocument", { number: index + 1 })}>
                <Trash2 aria-hidden="true" />
              </Button>
            </div>
            <FormField label={t("documentDescription", { number: index + 1 })} error={fieldError(`requiredDocuments.${index}.description`)}>
              <Input {...register(`requiredDocuments.${index}.description`)} />
            </FormField>
            <FormField label={t("documentMandatory", { number: index + 1 })} layout="inline">
              <Checkbox {...register(`requiredDocuments.${index}.isMandatory`)} />
            </FormField>
          </li>
        ))}
      </ol>
      {fields.length < MAX_REQUIRED_DOCUMENTS && (
        <Button variant="outline" onClick={() => append({ id: "", name: "", description: "", isMandatory: true })}>
          <Plus aria-hidden="true" />
          {t("addDocument")}
        </Button>
      )}
    </div>
  );
}
