"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { registerStudentAction } from "@/lib/auth/actions";
import { registerSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import { FormAlert } from "@/components/ui/form-alert";
import { PasswordInput } from "../_components/password-input";

export function RegisterForm({ domains }: { domains: string }) {
  const t = useTranslations("auth.register");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: registerSchema,
    action: registerStudentAction,
    defaultValues: { name: "", email: "", password: "", confirmPassword: "" },
    onSuccess: (data) => setSentTo(data.email),
  });

  if (sentTo) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("sentTitle")}</h1>
        <Alert variant="success" live="polite">
          {t("sentBody", { email: sentTo })}
        </Alert>
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
        <FormField label={t("name")} error={fieldError("name")} required>
          <Input autoComplete="name" {...form.register("name")} />
        </FormField>
        <FormField label={t("email")} description={domains ? t("domainHint", { domains }) : undefined} error={fieldError("email")} required>
          <Input type="email" autoComplete="email" inputMode="email" {...form.register("email")} />
        </FormField>
        <FormField label={t("password")} description={t("passwordHint")} error={fieldError("password")} required>
          <PasswordInput autoComplete="new-password" {...form.register("password")} />
        </FormField>
        <FormField label={t("confirmPassword")} error={fieldError("confirmPassword")} required>
          <PasswordInput autoComplete="new-password" {...form.register("confirmPassword")} />
        </FormField>
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </form>
      <p className="text-sm text-muted-foreground">{t("staffHint")}</p>
      <p className="border-t border-border pt-4 text-sm">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-link underline underline-offset-4">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
