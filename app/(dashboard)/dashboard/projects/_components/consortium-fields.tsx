"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CONSORTIUM_ROLES } from "@/lib/projects/options";
import { EMPTY_CONSORTIUM_ROW, type ProjectFields, type ProjectFieldsInput } from "@/lib/projects/schemas";
import type { ProjectFormOptions } from "@/lib/projects/staff-queries";

type ProjectForm = UseFormReturn<ProjectFieldsInput, unknown, ProjectFields>;

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The consortium: one row per partner from the registry, with its role and PIC (the registry's PIC
 * when left blank) and its country shown. Who coordinates is checked as a whole: the rule's
 * message appears under the list.
 */
export function ConsortiumFields({
  form,
  fieldError,
  partners,
  unregisteredNames,
}: {
  form: ProjectForm;
  fieldError: (name: never) => string | undefined;
  partners: ProjectFormOptions["partners"];
  unregisteredNames: Record<string, string>;
}) {
  const t = useTranslations("projects");
  const locale = useLocale();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "partners", keyName: "key" });
  const errorOf = fieldError as (name: string) => string | undefined;
  const listError = errorOf("partners");
  const chosen = form.watch("partners") ?? [];
  const partnerOptions = partners.map((partner) => ({ value: partner.id, label: `${partner.name} (${countryName(partner.countryCode, locale)})` }));

  return (
    <fieldset className="space-y-4" aria-describedby={listError ? "consortium-error" : "consortium-hint"}>
      <legend className="text-lg font-semibold">{t("form.consortiumLegend")}</legend>
      <p id="consortium-hint" className="text-sm text-muted-foreground">
        {t("form.consortiumHint")}
      </p>
      {fields.length === 0 && <p className="text-muted-foreground">{t("form.consortiumEmpty")}</p>}
      <ol className="space-y-4">
        {fields.map((field, index) => {
          const rowId = chosen[index]?.rowId;
          const legacyName = typeof rowId === "string" && rowId ? unregisteredNames[rowId] : undefined;
          const partnerId = chosen[index]?.partnerId;
          const country = partners.find((partner) => partner.id === partnerId)?.countryCode;
          return (
            <li key={field.key} className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
              <FormField
                label={t("form.partnerN", { n: index + 1 })}
                description={legacyName && !partnerId ? t("form.unregistered", { name: legacyName }) : country ? t("form.country", { country: countryName(country, locale) }) : undefined}
                error={errorOf(`partners.${index}.partnerId`)}
                required={!legacyName}
              >
                <Select id={`project-partner-${index}`} placeholder={t("form.choosePartner")} options={partnerOptions} {...form.register(`partners.${index}.partnerId`)} />
              </FormField>
              <FormField label={t("fields.consortiumRole")} error={errorOf(`partners.${index}.role`)}>
                <Select
                  id={`project-partner-role-${index}`}
                  options={CONSORTIUM_ROLES.map((value) => ({ value, label: t(`consortiumRoles.${value}`) }))}
                  {...form.register(`partners.${index}.role`)}
                />
              </FormField>
              <FormField label={t("fields.pic")} error={errorOf(`partners.${index}.pic`)}>
                <Input id={`project-partner-pic-${index}`} inputMode="numeric" maxLength={9} {...form.register(`partners.${index}.pic`)} />
              </FormField>
              <Button type="button" variant="outline" onClick={() => remove(index)} aria-label={t("form.removePartnerN", { n: index + 1 })}>
                <Trash2 aria-hidden="true" />
                <span className="sm:sr-only">{t("form.remove")}</span>
              </Button>
            </li>
          );
        })}
      </ol>
      {listError && (
        <p id="consortium-error" role="alert" className="text-sm font-medium text-destructive">
          {listError}
        </p>
      )}
      <Button type="button" variant="outline" onClick={() => append({ ...EMPTY_CONSORTIUM_ROW })}>
        <Plus aria-hidden="true" />
        {t("form.addPartner")}
      </Button>
    </fieldset>
  );
}
