"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { FieldErrorOf, OpportunityFormFields, Option } from "./form-types";

/**
 * Subject areas as a list of chosen ISCED-F fields plus a select to add one: a native select and
 * plain buttons work with any keyboard and screen reader, unlike a custom multi-select.
 */
export function SubjectPicker({ options, fieldError }: { options: Option[]; fieldError: FieldErrorOf }) {
  const t = useTranslations("opportunities.form");
  const id = useId();
  const { control, setValue } = useFormContext<OpportunityFormFields>();
  const chosen = useWatch({ control, name: "subjectAreas" }) ?? [];
  const labelOf = (code: string) => options.find((option) => option.value === code)?.label ?? code;
  const error = fieldError("subjectAreas");

  function add(code: string) {
    if (code && !chosen.includes(code)) setValue("subjectAreas", [...chosen, code], { shouldDirty: true });
  }

  function remove(code: string) {
    setValue(
      "subjectAreas",
      chosen.filter((value) => value !== code),
      { shouldDirty: true },
    );
  }

  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={`${id}-hint`}>
      <legend className="text-sm font-medium">{t("subjects")}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {t("subjectsHint")}
      </p>
      {chosen.length === 0 ? (
        <p className="text-sm">{t("noSubjects")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {chosen.map((code) => (
            <li key={code} className="inline-flex items-center gap-1 rounded-full border border-border bg-muted py-0.5 pr-0.5 pl-3 text-sm">
              {labelOf(code)}
              <Button variant="ghost" size="sm" className="size-9 rounded-full px-0" onClick={() => remove(code)} aria-label={t("removeSubject", { name: labelOf(code) })}>
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-add`}>{t("addSubject")}</Label>
        <Select
          id={`${id}-add`}
          value=""
          onChange={(event) => add(event.target.value)}
          placeholder={t("addSubject")}
          options={options.filter((option) => !chosen.includes(option.value))}
        />
      </div>
      {error && <p className="text-sm font-medium text-destructive">{error}</p>}
    </fieldset>
  );
}
