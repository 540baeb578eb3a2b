"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

export interface Option {
  value: string;
  label: string;
}

export interface SubjectPickerProps {
  /** Every ISCED-F field, named in the reader's language. */
  options: Option[];
  legend: string;
  hint: string;
  /** What an empty choice means in this form ("Any subject area", "Open to every field"). */
  emptyLabel: string;
  error?: string;
}

/**
 * The ISCED-F subject areas of a form's `subjectAreas` field: the chosen fields as a list with remove
 * buttons, and a native select to add one (any keyboard and screen reader handle both, unlike a
 * custom multi-select). Used by the opportunity and grant call forms and the digest settings.
 */
export function SubjectPicker({ options, legend, hint, emptyLabel, error }: SubjectPickerProps) {
  const t = useTranslations("common.subjectPicker");
  const id = useId();
  const { control, setValue } = useFormContext<{ subjectAreas: string[] }>();
  const chosen = useWatch({ control, name: "subjectAreas" }) ?? [];
  const labelOf = (code: string) => options.find((option) => option.value === code)?.label ?? code;

  const add = (code: string) => {
    if (code && !chosen.includes(code)) setValue("subjectAreas", [...chosen, code], { shouldDirty: true });
  };
  const remove = (code: string) =>
    setValue(
      "subjectAreas",
      chosen.filter((value) => value !== code),
      { shouldDirty: true },
    );

  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={`${id}-hint`}>
      <legend className="text-sm font-medium">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {hint}
      </p>
      {chosen.length === 0 ? (
        <p className="text-sm">{emptyLabel}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {chosen.map((code) => (
            <li key={code} className="inline-flex max-w-full items-center gap-1 rounded-full border border-border bg-muted py-0.5 pr-0.5 pl-3 text-sm">
              <span className="min-w-0 break-words">{labelOf(code)}</span>
              <Button variant="ghost" size="sm" className="size-9 shrink-0 rounded-full px-0" onClick={() => remove(code)} aria-label={t("remove", { name: labelOf(code) })}>
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-add`}>{t("add")}</Label>
        <Select
          id={`${id}-add`}
          value=""
          onChange={(event) => add(event.target.value)}
          placeholder={t("add")}
          options={options.filter((option) => !chosen.includes(option.value))}
        />
      </div>
      {error && <p className="text-sm font-medium text-destructive">{error}</p>}
    </fieldset>
  );
}
