"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createProgramAction, updateProgramAction } from "@/lib/programs/actions";
import { programFormSchema, programFormValues } from "@/lib/programs/schemas";

export interface ProgramFormProps {
  /** Present when editing: the record and the version the editor opened (optimistic locking). */
  program?: {
    id: string;
    version: number;
    code: string;
    name: string;
    description: string;
    translations: unknown;
    funder: string | null;
    url: string | null;
  };
  /** The institution's default content language: its tab edits the plain columns. */
  defaultLanguage: AppLocale;
}

/**
 * Create or edit a mobility program; the same zod schema checks it here and in the action. Its name
 * and description are written in each language (students read them in the catalogue).
 */
export function ProgramForm({ program, defaultLanguage }: ProgramFormProps) {
  const t = useTranslations("programs.form");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: programFormSchema,
    action: (values) => (program ? updateProgramAction({ ...values, id: program.id, version: program.version }) : createProgramAction(values)),
    defaultValues: programFormValues(program),
    onSuccess: () => {
      toast.success(program ? t("saved") : t("created"));
      router.push("/dashboard/programs");
    },
  });
  const { register } = form;
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      <FormField label={t("code")} description={t("codeHint")} error={fieldError("code")} required>
        <Input id="program-code" autoCapitalize="characters" {...register("code")} />
      </FormField>
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="program"
        fields={[
          { name: "name", label: t("name"), required: true },
          { name: "description", label: t("description"), rows: 6 },
        ]}
      />
      <FormField label={t("funder")} error={fieldError("funder")}>
        <Input id="program-funder" {...register("funder")} />
      </FormField>
      <FormField label={t("url")} description={t("urlHint")} error={fieldError("url")}>
        <Input id="program-url" type="url" inputMode="url" {...register("url")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : program ? t("save") : t("create")}
      </Button>
    </form>
  );
}
