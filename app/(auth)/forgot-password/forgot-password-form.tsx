"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { requestPasswordResetAction } from "@/lib/auth/actions";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import { FormAlert } from "@/components/ui/form-alert";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgotPassword");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: forgotPasswordSchema,
    action: requestPasswordResetAction,
    defaultValues: { email: "" },
    onSuccess: (data) => setSentTo(data.email),
  });
  const backLink = (
    <Link href="/sign-in" className="text-link underline underline-offset-4">
      {t("backToSignIn")}
    </Link>
  );

  if (sentTo) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("sentTitle")}</h1>
        <Alert variant="success" live="polite">
          {t("sentBody", { email: sentTo })}
        </Alert>
        <p className="text-sm">{backLink}</p>
      </div>
    );
  }

  const { isSubmitting } = form.formState;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </div>
      <FormAlert error={formError} />
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormField label={t("email")} error={fieldError("email")} required>
          <Input type="email" autoComplete="email" inputMode="email" {...form.register("email")} />
        </FormField>
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </form>
      <p className="text-sm">{backLink}</p>
    </div>
  );
}
