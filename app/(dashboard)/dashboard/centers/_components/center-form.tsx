"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { createCenterAction, updateCenterAction } from "@/lib/centers/actions";
import { centerFieldsSchema, EMPTY_CENTER_FORM, type CenterFieldsInput } from "@/lib/centers/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

export interface CenterFormProps {
  /** The center being edited (its form values from `centerFormValues`); omitted when creating. */
  center?: { id: string; version: number; values: CenterFieldsInput };
}

/** Create or edit a center; a save based on an outdated version is refused with a message. */
export function CenterForm({ center }: CenterFormProps) {
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
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("centers.fields.name")} error={fieldError("name")} required>
          <Input id="center-name" {...register("name")} />
        </FormField>
        <FormField label={t("centers.fields.organization")} description={t("centers.form.organizationHint")} error={fieldError("organization")} required>
          <Input id="center-organization" {...register("organization")} />
        </FormField>
      </div>
      <FormField label={t("centers.fields.description")} error={fieldError("description")}>
        <Textarea id="center-description" rows={6} {...register("description")} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("centers.fields.location")} description={t("centers.form.locationHint")} error={fieldError("location")}>
          <Input id="center-location" {...register("location")} />
        </FormField>
        <FormField label={t("centers.fields.openingHours")} description={t("centers.form.openingHoursHint")} error={fieldError("openingHours")}>
          <Textarea id="center-hours" rows={2} className="min-h-11" {...register("openingHours")} />
        </FormField>
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
