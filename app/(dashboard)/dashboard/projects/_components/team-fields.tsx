"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { TEAM_ROLES } from "@/lib/projects/options";
import { EMPTY_TEAM_ROW, type ProjectFields, type ProjectFieldsInput } from "@/lib/projects/schemas";
import type { ProjectFormOptions } from "@/lib/projects/staff-queries";

type ProjectForm = UseFormReturn<ProjectFieldsInput, unknown, ProjectFields>;

/** The project's team: staff accounts, each with their role (the lead is reminded first). */
export function TeamFields({ form, fieldError, people }: { form: ProjectForm; fieldError: (name: never) => string | undefined; people: ProjectFormOptions["people"] }) {
  const t = useTranslations("projects");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "team", keyName: "key" });
  const errorOf = fieldError as (name: string) => string | undefined;
  const listError = errorOf("team");

  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("form.teamLegend")}</legend>
      <p className="text-sm text-muted-foreground">{t("form.teamHint")}</p>
      {fields.length === 0 && <p className="text-muted-foreground">{t("form.teamEmpty")}</p>}
      <ol className="space-y-4">
        {fields.map((field, index) => (
          <li key={field.key} className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
            <FormField label={t("form.memberN", { n: index + 1 })} error={errorOf(`team.${index}.userId`)} required>
              <Select
                id={`project-member-${index}`}
                placeholder={t("form.choosePerson")}
                options={people.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }))}
                {...form.register(`team.${index}.userId`)}
              />
            </FormField>
            <FormField label={t("fields.teamRole")} error={errorOf(`team.${index}.role`)}>
              <Select id={`project-member-role-${index}`} options={TEAM_ROLES.map((value) => ({ value, label: t(`teamRoles.${value}`) }))} {...form.register(`team.${index}.role`)} />
            </FormField>
            <Button type="button" variant="outline" onClick={() => remove(index)} aria-label={t("form.removeMemberN", { n: index + 1 })}>
              <Trash2 aria-hidden="true" />
              <span className="sm:sr-only">{t("form.remove")}</span>
            </Button>
          </li>
        ))}
      </ol>
      {listError && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {listError}
        </p>
      )}
      <Button type="button" variant="outline" onClick={() => append({ ...EMPTY_TEAM_ROW })}>
        <Plus aria-hidden="true" />
        {t("form.addMember")}
      </Button>
    </fieldset>
  );
}
