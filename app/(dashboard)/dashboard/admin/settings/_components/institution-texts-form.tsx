"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import type { AppLocale } from "@/i18n/config";
import { useActionForm } from "@/lib/forms/use-action-form";
import { updateInstitutionTextsAction } from "@/lib/institution/settings-actions";
import { institutionTextsSchema, type InstitutionTextsFormValues } from "@/lib/institution/texts-schemas";

export interface InstitutionTextsFormProps {
  /** Without contacts: their positions are edited with the contacts (office-contacts-form.tsx). */
  values: InstitutionTextsFormValues;
  defaultLanguage: AppLocale;
}

/**
 * The institution's public texts in each language: name, short name, address, the head's title and
 * the about texts as language tabs.
 */
export function InstitutionTextsForm({ values, defaultLanguage }: InstitutionTextsFormProps) {
  const t = useTranslations("admin.settings.texts");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: institutionTextsSchema,
    action: updateInstitutionTextsAction,
    defaultValues: values,
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const listHint = t("listHint");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert error={formError} />
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="institution"
        fields={[
          { name: "name", label: t("name"), required: true },
          { name: "shortName", label: t("shortName"), description: t("shortNameHint"), required: true },
          { name: "address", label: t("address"), rows: 2 },
          { name: "officeHeadTitle", label: t("officeHeadTitle") },
          { name: "mission", label: t("mission"), rows: 5 },
          { name: "objectives", label: t("objectives"), description: listHint, rows: 6 },
          { name: "functions", label: t("functions"), description: listHint, rows: 8 },
          { name: "tasks", label: t("tasks"), description: listHint, rows: 8 },
        ]}
      />

      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
      </Button>
    </form>
  );
}
