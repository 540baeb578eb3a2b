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

/**
 * The ISCED-F subject areas of a form's `subjectAreas` field, picked as in the opportunity form: the
 * chosen fields as a list with remove buttons, and a native select to add one (any keyboard and
 * screen reader handle both). Used by the grant call form and the digest settings.
 */
export function SubjectPicker({ options, legend, hint, error }: { options: Option[]; legend: string; hint: string; error?: string }) {
  const t = useTranslations("grantCalls.form");
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
        <p className="text-sm">{t("noSubjects")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {chosen.map((code) => (
            <li key={code} className="inline-flex max-w-full items-center gap-1 rounded-full border border-border bg-muted py-0.5 pr-0.5 pl-3 text-sm">
              <span className="min-w-0 break-words">{labelOf(code)}</span>
              <Button variant="ghost" size="sm" className="size-9 shrink-0 rounded-full px-0" onClick={() => remove(code)} aria-label={t("removeSubject", { name: labelOf(code) })}>
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
