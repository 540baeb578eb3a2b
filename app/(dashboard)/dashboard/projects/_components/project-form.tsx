"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { PROJECT_ROLES } from "@/lib/projects/options";
import { projectFieldsSchema, projectFormValues, type ProjectFieldsInput } from "@/lib/projects/schemas";
import type { ProjectFormOptions } from "@/lib/projects/staff-queries";
import { ConsortiumFields } from "./consortium-fields";
import { TeamFields } from "./team-fields";

/** Programs people pick most; any other can be typed. */
const FUNDING_PROGRAM_SUGGESTIONS = [
  "Erasmus+ KA2 Capacity Building in Higher Education",
  "Erasmus+ Jean Monnet",
  "Erasmus+ KA171 International Credit Mobility",
  "Horizon Europe",
  "TEMPUS",
  "National funds",
  "Embassy funds",
];

export interface ProjectFormProps {
  /** The project being edited; omitted when creating. */
  project?: { id: string; version: number; values: ProjectFieldsInput };
  options: ProjectFormOptions;
  /** The names of stored consortium members outside the registry, by their row id. */
  unregisteredNames?: Record<string, string>;
  defaultLanguage: AppLocale;
}

/**
 * Create or edit a project's record: its texts in each language, funding, role and unit, period and
 * budget, the consortium from the partner registry and the team of accounts. A save based on an
 * outdated version is refused with a message; every rule is checked again on the server.
 */
export function ProjectForm({ project, options, unregisteredNames = {}, defaultLanguage }: ProjectFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm<typeof projectFieldsSchema, { id: string }>({
    schema: projectFieldsSchema,
    action: (values) => (project ? updateProjectAction({ ...values, id: project.id, version: project.version }) : createProjectAction(values)),
    defaultValues: project?.values ?? projectFormValues(),
    onSuccess: (data) => {
      toast.success(project ? t("projects.form.saved") : t("projects.form.created"));
      router.push(`/dashboard/projects/${data.id}`);
      router.refresh();
    },
  });
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert error={formError} />
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="project"
        fields={[
          { name: "title", label: t("projects.fields.title"), required: true },
          { name: "summary", label: t("projects.fields.summary"), description: t("projects.form.summaryHint"), rows: 5 },
          { name: "objectives", label: t("projects.fields.objectives"), description: t("projects.form.onePerLine"), rows: 5 },
          { name: "outcomes", label: t("projects.fields.outcomes"), description: t("projects.form.onePerLine"), rows: 4 },
        ]}
      />

      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold">{t("projects.form.fundingLegend")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("projects.fields.acronym")} error={fieldError("acronym")}>
            <Input id="project-acronym" maxLength={30} {...register("acronym")} />
          </FormField>
          <FormField label={t("projects.fields.grantNumber")} error={fieldError("grantNumber")}>
            <Input id="project-grant-number" maxLength={60} {...register("grantNumber")} />
          </FormField>
          <FormField label={t("projects.fields.fundingProgram")} description={t("projects.form.fundingProgramHint")} error={fieldError("fundingProgram")} required>
            <Input id="project-funding-program" list="project-funding-programs" {...register("fundingProgram")} />
          </FormField>
          <FormField label={t("projects.fields.action")} description={t("projects.form.actionHint")} error={fieldError("action")}>
            <Input id="project-action" {...register("action")} />
          </FormField>
        </div>
        <datalist id="project-funding-programs">
          {FUNDING_PROGRAM_SUGGESTIONS.map((program) => (
            <option key={program} value={program} />
          ))}
        </datalist>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("projects.fields.ourRole")} error={fieldError("ourRole")} required>
            <Select id="project-our-role" options={PROJECT_ROLES.map((value) => ({ value, label: t(`projects.role.${value}`) }))} {...register("ourRole")} />
          </FormField>
          <FormField label={t("projects.fields.unit")} error={fieldError("unitId")}>
            <Select
              id="project-unit"
              placeholder={t("projects.form.noUnit")}
              options={options.units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))}
              {...register("unitId")}
            />
          </FormField>
          <FormField label={t("projects.fields.startDate")} error={fieldError("startDate")} required>
            <Input id="project-start" type="date" {...register("startDate")} />
          </FormField>
          <FormField label={t("projects.fields.endDate")} error={fieldError("endDate")} required>
            <Input id="project-end" type="date" {...register("endDate")} />
          </FormField>
          <FormField label={t("projects.fields.budget")} description={t("projects.form.budgetHint")} error={fieldError("budget")}>
            <Input id="project-budget" inputMode="decimal" {...register("budget")} />
          </FormField>
          <FormField label={t("projects.fields.currency")} description={t("projects.form.currencyHint")} error={fieldError("currency")}>
            <Input id="project-currency" maxLength={3} autoCapitalize="characters" {...register("currency")} />
          </FormField>
        </div>
      </fieldset>

      <ConsortiumFields form={form} fieldError={fieldError} partners={options.partners} unregisteredNames={unregisteredNames} />
      <TeamFields form={form} fieldError={fieldError} people={options.people} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("projects.form.publicLegend")}</legend>
        <FormField label={t("projects.fields.isPublic")} description={t("projects.form.isPublicHint")} layout="inline">
          <Checkbox id="project-public" {...register("isPublic")} />
        </FormField>
        <FormField label={t("projects.fields.budgetIsPublic")} description={t("projects.form.budgetIsPublicHint")} layout="inline">
          <Checkbox id="project-budget-public" {...register("budgetIsPublic")} />
        </FormField>
      </fieldset>

      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.buttons.saving") : project ? t("common.buttons.saveChanges") : t("projects.form.create")}
      </Button>
    </form>
  );
}
