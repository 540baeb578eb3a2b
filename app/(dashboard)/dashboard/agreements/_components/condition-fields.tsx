"use client";

import { useMemo, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFieldArray, type Control, type Path, type UseFormRegister } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CEFR_LEVELS, MOBILITY_DIRECTIONS, MOBILITY_TYPES, STUDY_LEVELS } from "@/lib/agreements/options";
import { EMPTY_CONDITION, type AgreementFormValues, type ConditionFormValues } from "@/lib/agreements/schemas";
import { ISCED_FIELDS, iscedLabel } from "@/lib/reference/isced";

/** Subject areas offered, named in the reader's language: every field except "field unknown", indented by level. */
function iscedOptions(locale: string): { value: string; label: string }[] {
  return ISCED_FIELDS.filter((field) => !("residual" in field && field.residual === "unknown")).map((field) => ({
    value: field.code,
    label: `${field.level === "broad" ? "" : field.level === "narrow" ? "\u2002" : "\u2002\u2002"}${iscedLabel(field.code, locale)}`,
  }));
}

type ConditionKey = keyof ConditionFormValues;

/**
 * The cooperation conditions: one group of fields per mobility flow, added and removed freely.
 * Each group is a fieldset named "Mobility flow n"; errors appear next to the field they concern.
 */
export function ConditionFields({
  control,
  register,
  fieldError,
}: {
  control: Control<AgreementFormValues>;
  register: UseFormRegister<AgreementFormValues>;
  /** The form's translated error of one field (useActionForm's `fieldError`). */
  fieldError: (name: Path<AgreementFormValues>) => string | undefined;
}) {
  const t = useTranslations("agreements");
  const locale = useLocale();
  const subjectOptions = useMemo(() => iscedOptions(locale), [locale]);
  const { fields, append, remove } = useFieldArray({ control, name: "conditions" });
  const addButton = useRef<HTMLButtonElement>(null);

  const rowError = (index: number, key: ConditionKey) => fieldError(`conditions.${index}.${key}`);
  const listError = fieldError("conditions");

  return (
    <fieldset className="min-w-0 space-y-4">
      <legend className="mb-1 text-lg font-semibold">{t("conditions.title")}</legend>
      <p className="text-sm text-muted-foreground">{t("conditions.description")}</p>
      {fields.length === 0 && <p className="rounded-md border border-dashed border-border p-4 text-sm text-muted-foreground">{t("conditions.empty")}</p>}
      <ol className="space-y-4">
        {fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="min-w-0 space-y-4 rounded-lg border border-border p-4">
              {/* A legend must be the fieldset's first child; the visible heading sits beside the remove button. */}
              <legend className="sr-only">{t("conditions.rowLabel", { number: index + 1 })}</legend>
              <div className="flex items-center justify-between gap-3">
                <p aria-hidden="true" className="font-semibold">
                  {t("conditions.rowLabel", { number: index + 1 })}
                </p>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => {
                    remove(index);
                    addButton.current?.focus();
                  }}
                  aria-label={t("conditions.removeRow", { number: index + 1 })}
                >
                  <Trash2 aria-hidden="true" />
                  <span aria-hidden="true">{t("conditions.remove")}</span>
                </Button>
              </div>
              <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
                <FormField label={t("conditions.fields.direction")} error={rowError(index, "direction")} required>
                  <Select
                    options={MOBILITY_DIRECTIONS.map((value) => ({ value, label: t(`directions.${value}`) }))}
                    {...register(`conditions.${index}.direction`)}
                  />
                </FormField>
                <FormField label={t("conditions.fields.mobilityType")} error={rowError(index, "mobilityType")} required>
                  <Select
                    options={MOBILITY_TYPES.map((value) => ({ value, label: t(`mobilityTypes.${value}`) }))}
                    {...register(`conditions.${index}.mobilityType`)}
                  />
                </FormField>
                <FormField label={t("conditions.fields.level")} error={rowError(index, "level")}>
                  <Select
                    placeholder={t("conditions.anyLevel")}
                    options={STUDY_LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }))}
                    {...register(`conditions.${index}.level`)}
                  />
                </FormField>
                <FormField label={t("conditions.fields.iscedCode")} error={rowError(index, "iscedCode")} className="sm:col-span-2 lg:col-span-3">
                  <Select placeholder={t("conditions.anySubject")} options={subjectOptions} {...register(`conditions.${index}.iscedCode`)} />
                </FormField>
                <FormField label={t("conditions.fields.placesPerYear")} error={rowError(index, "placesPerYear")} required>
                  <Input type="number" inputMode="numeric" min={1} max={999} step={1} {...register(`conditions.${index}.placesPerYear`)} />
                </FormField>
                <FormField label={t("conditions.fields.monthsPerPlace")} description={t("conditions.monthsHint")} error={rowError(index, "monthsPerPlace")}>
                  <Input type="number" inputMode="decimal" min={0.5} max={36} step={0.5} {...register(`conditions.${index}.monthsPerPlace`)} />
                </FormField>
                <FormField label={t("conditions.fields.daysPerPlace")} description={t("conditions.daysHint")} error={rowError(index, "daysPerPlace")}>
                  <Input type="number" inputMode="numeric" min={1} max={365} step={1} {...register(`conditions.${index}.daysPerPlace`)} />
                </FormField>
                <FormField label={t("conditions.fields.language")} error={rowError(index, "language")}>
                  <Input autoComplete="off" maxLength={35} {...register(`conditions.${index}.language`)} />
                </FormField>
                <FormField label={t("conditions.fields.languageLevel")} error={rowError(index, "languageLevel")}>
                  <Select
                    placeholder={t("conditions.noRequirement")}
                    options={CEFR_LEVELS.map((value) => ({ value, label: t("conditions.cefr", { level: value }) }))}
                    {...register(`conditions.${index}.languageLevel`)}
                  />
                </FormField>
                <div className="grid min-w-0 grid-cols-2 gap-4 sm:col-span-2 lg:col-span-1">
                  <FormField label={t("conditions.fields.fromAcademicYear")} error={rowError(index, "fromAcademicYear")}>
                    <Input type="number" inputMode="numeric" min={1990} max={2100} placeholder="2026" {...register(`conditions.${index}.fromAcademicYear`)} />
                  </FormField>
                  <FormField label={t("conditions.fields.toAcademicYear")} error={rowError(index, "toAcademicYear")}>
                    <Input type="number" inputMode="numeric" min={1990} max={2100} placeholder="2030" {...register(`conditions.${index}.toAcademicYear`)} />
                  </FormField>
                  <p className="col-span-2 -mt-2 text-sm text-muted-foreground">{t("conditions.yearsHint")}</p>
                </div>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {listError && <p className="text-sm font-medium text-destructive">{listError}</p>}
      <Button
        ref={addButton}
        variant="outline"
        onClick={() => append({ ...EMPTY_CONDITION }, { shouldFocus: true, focusName: `conditions.${fields.length}.direction` })}
      >
        <Plus aria-hidden="true" />
        {t("conditions.add")}
      </Button>
    </fieldset>
  );
}
