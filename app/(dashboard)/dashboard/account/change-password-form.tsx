"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import { FormAlert } from "@/components/ui/form-alert";

/** After a change every session of the account ends, this one included: sign in again with the new password. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("auth.account");
  const tRegister = useTranslations("auth.register");
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => signOut({ callbackUrl: "/sign-in?notice=passwordChanged" }),
  });
  const { isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormAlert error={formError} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField label={t("currentPassword")} error={fieldError("currentPassword")} required>
        <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
      </FormField>
      <FormField label={t("newPassword")} description={tRegister("passwordHint")} error={fieldError("newPassword")} required>
        <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
      </FormField>
      <FormField label={t("confirmPassword")} error={fieldError("confirmPassword")} required>
        <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
