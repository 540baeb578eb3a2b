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
import { toast } from "@/components/ui/toaster";
import { createCenterAction, updateCenterAction } from "@/lib/centers/actions";
import { centerFieldsSchema, EMPTY_CENTER_FORM, type CenterFieldsInput } from "@/lib/centers/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

export interface CenterFormProps {
  /** The center being edited (its form values from `centerFormValues`); omitted when creating. */
  center?: { id: string; version: number; values: CenterFieldsInput };
  /** The institution's default content language: the language of the plain columns, its tab first. */
  defaultLanguage: AppLocale;
}

/**
 * Create or edit a center; a save based on an outdated version is refused with a message. The name,
 * description, location and opening hours are written per language in tabs (decision 010); the
 * organization and contacts are the same in every language.
 */
export function CenterForm({ center, defaultLanguage }: CenterFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm<typeof centerFieldsSchema, { id: string }>({
    schema: centerFieldsSchema,
    action: (values) => (center ? updateCenterAction({ ...values, id: center.id, version: center.version }) : createCenterAction(values)),
    defaultValues: center?.values ?? EMPTY_CENTER_FORM,
    onSuccess: (data) => {
      toast.success(center ? t("centers.form.saved") : t("centers.form.created"));
      if (center) router.refresh();
      else router.push(`/dashboard/centers/${data.id}`);
    },
  });
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="center"
        fields={[
          { name: "name", label: t("centers.fields.name"), required: true },
          { name: "description", label: t("centers.fields.description"), rows: 6 },
          { name: "location", label: t("centers.fields.location"), description: t("centers.form.locationHint") },
          { name: "openingHours", label: t("centers.fields.openingHours"), description: t("centers.form.openingHoursHint"), rows: 2 },
        ]}
      />
      <FormField label={t("centers.fields.organization")} description={t("centers.form.organizationHint")} error={fieldError("organization")} required>
        <Input id="center-organization" {...register("organization")} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("centers.fields.email")} error={fieldError("email")}>
          <Input id="center-email" type="email" {...register("email")} />
        </FormField>
        <FormField label={t("centers.fields.phone")} error={fieldError("phone")}>
          <Input id="center-phone" type="tel" {...register("phone")} />
        </FormField>
      </div>
      <FormField label={t("centers.fields.website")} error={fieldError("website")}>
        <Input id="center-website" type="url" inputMode="url" {...register("website")} />
      </FormField>
      <FormField label={t("centers.fields.isPublic")} description={t("centers.form.isPublicHint")} layout="inline">
        <Checkbox id="center-public" {...register("isPublic")} />
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.buttons.saving") : center ? t("common.buttons.saveChanges") : t("centers.form.create")}
      </Button>
    </form>
  );
}
