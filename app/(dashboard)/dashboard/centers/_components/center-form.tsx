"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { createCenterAction, updateCenterAction } from "@/lib/centers/actions";
import { centerFieldsSchema } from "@/lib/centers/schemas";
import { formValuesFrom } from "@/lib/forms/form-values";
import { applyActionErrors } from "@/lib/opportunities/form-errors";

type Values = z.input<typeof centerFieldsSchema>;
type Parsed = z.output<typeof centerFieldsSchema>;

export interface CenterFormProps {
  center?: Values & { id: string; version: number };
}

const EMPTY: Values = {
  name: "",
  organization: "",
  description: "",
  location: "",
  email: "",
  phone: "",
  website: "",
  openingHours: "",
  isPublic: true,
};

/** Create or edit a center; a save based on an outdated version is refused with a message. */
export function CenterForm({ center }: CenterFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(centerFieldsSchema),
    defaultValues: center ? formValuesFrom(EMPTY, center) : EMPTY,
  });
  const message = (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("common.form.errors.invalid")) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setStale(false);
    const result = center ? await updateCenterAction({ ...values, id: center.id, version: center.version }) : await createCenterAction(values);
    if (!result.ok) {
      if (result.code === "CONFLICT") setStale(true);
      const failure = applyActionErrors(result, setError);
      setFormError(t.has(failure.key) ? t(failure.key, failure.values) : t("errors.generic.unexpected"));
      return;
    }
    toast.success(center ? t("centers.form.saved") : t("centers.form.created"));
    if (center) router.refresh();
    else router.push(`/dashboard/centers/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && (
        <Alert variant="error" live="assertive">
          <p>{formError}</p>
          {stale && (
            <Button type="button" variant="link" onClick={() => window.location.reload()}>
              {t("centers.form.reload")}
            </Button>
          )}
        </Alert>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("centers.fields.name")} error={message(errors.name?.message)} required>
          <Input id="center-name" {...register("name")} />
        </FormField>
        <FormField label={t("centers.fields.organization")} description={t("centers.form.organizationHint")} error={message(errors.organization?.message)} required>
          <Input id="center-organization" {...register("organization")} />
        </FormField>
      </div>
      <FormField label={t("centers.fields.description")} error={message(errors.description?.message)}>
        <Textarea id="center-description" rows={6} {...register("description")} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("centers.fields.location")} description={t("centers.form.locationHint")} error={message(errors.location?.message)}>
          <Input id="center-location" {...register("location")} />
        </FormField>
        <FormField label={t("centers.fields.openingHours")} description={t("centers.form.openingHoursHint")} error={message(errors.openingHours?.message)}>
          <Textarea id="center-hours" rows={2} className="min-h-11" {...register("openingHours")} />
        </FormField>
        <FormField label={t("centers.fields.email")} error={message(errors.email?.message)}>
          <Input id="center-email" type="email" {...register("email")} />
        </FormField>
        <FormField label={t("centers.fields.phone")} error={message(errors.phone?.message)}>
          <Input id="center-phone" type="tel" {...register("phone")} />
        </FormField>
      </div>
      <FormField label={t("centers.fields.website")} error={message(errors.website?.message)}>
        <Input id="center-website" type="url" inputMode="url" {...register("website")} />
      </FormField>
      <FormField label={t("centers.fields.isPublic")} description={t("centers.form.isPublicHint")} layout="inline">
        <Checkbox id="center-public" {...register("isPublic")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.buttons.saving") : center ? t("common.buttons.saveChanges") : t("centers.form.create")}
      </Button>
    </form>
  );
}
