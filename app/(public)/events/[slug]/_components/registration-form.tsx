"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { AppLocale } from "@/i18n/config";
import { registerByEmailAction } from "@/lib/events/actions";
import { registerByEmailSchema } from "@/lib/events/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/**
 * A visitor's registration: name and e-mail address. The address is confirmed by the e-mailed link,
 * so after sending, the form gives way to "check your e-mail".
 */
export function RegistrationForm({ eventId, locale }: { eventId: string; locale: AppLocale }) {
  const t = useTranslations("events.registration");
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: registerByEmailSchema,
    action: registerByEmailAction,
    defaultValues: { eventId, name: "", email: "", locale },
    onSuccess: () => setSent(true),
  });
  const { register, formState } = form;

  if (sent) {
    return (
      <Alert variant="success" live="polite">
        {t("pendingSent", { email: String(form.getValues("email") ?? "").trim() })}
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert error={formError} />
      <FormField label={t("name")} error={fieldError("name")} required>
        <Input id="registration-name" autoComplete="name" {...register("name")} />
      </FormField>
      <FormField label={t("email")} description={t("emailHint")} error={fieldError("email")} required>
        <Input id="registration-email" type="email" autoComplete="email" inputMode="email" {...register("email")} />
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting} className="w-full sm:w-auto">
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
