"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/auth/actions";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import { FormAlert } from "@/components/ui/form-alert";
import { PasswordInput } from "./password-input";

/** Choosing a password through an e-mailed link: a password reset, or a staff invitation. */
export function SetPasswordForm({ token, purpose, email }: { token: string; purpose: "reset" | "invitation"; email: string }) {
  const t = useTranslations(purpose === "reset" ? "auth.resetPassword" : "auth.acceptInvitation");
  const tRegister = useTranslations("auth.register");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: resetPasswordSchema,
    action: purpose === "reset" ? resetPasswordAction : acceptInvitationAction,
    defaultValues: { token, password: "", confirmPassword: "" },
    onSuccess: () => router.push("/sign-in?notice=passwordReset"),
  });
  const { isSubmitting } = form.formState;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description", { email })}</p>
      </div>
      <FormAlert error={formError} />
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <input type="hidden" {...form.register("token")} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <FormField label={t("password")} description={tRegister("passwordHint")} error={fieldError("password")} required>
          <PasswordInput autoComplete="new-password" {...form.register("password")} />
        </FormField>
        <FormField label={t("confirmPassword")} error={fieldError("confirmPassword")} required>
          <PasswordInput autoComplete="new-password" {...form.register("confirmPassword")} />
        </FormField>
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </form>
    </div>
  );
}
