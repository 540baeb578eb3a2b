"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { useMessage } from "@/lib/forms/use-action-form";
import { PasswordInput } from "../_components/password-input";

export type SignInNotice = "passwordChanged" | "passwordReset" | "emailConfirmed" | "signedOut";

interface SignInFormProps {
  callbackUrl: string;
  /** An error next-auth put in the URL (e.g. after single sign-on failed). */
  initialError: string | null;
  notice: SignInNotice | null;
  ssoName: string | null;
}

/**
 * Signs in through next-auth's credentials endpoint without leaving the page, so a wrong password
 * or a lockout is shown here (with the wait time) and the e-mail stays filled in.
 */
export function SignInForm({ callbackUrl, initialError, notice, ssoName }: SignInFormProps) {
  const t = useTranslations("auth.signIn");
  const message = useMessage();
  const [errorCode, setErrorCode] = useState<string | null>(initialError);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" }, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setErrorCode(null);
    const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false, callbackUrl }).catch(
      () => null,
    );
    if (result?.ok && !result.error) {
      // A full load, so every server component renders for the signed-in user.
      window.location.assign(callbackUrl);
      return;
    }
    setErrorCode(result?.error ?? "Unexpected");
  });

  const error = errorCode ? signInErrorMessage(errorCode) : null;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </div>

      {notice && !error && <Alert variant="success">{t(notice)}</Alert>}
      <FormAlert error={error} />

      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormField label={t("email")} error={message(errors.email?.message)} required>
          <Input type="email" autoComplete="username" inputMode="email" {...form.register("email")} />
        </FormField>
        <FormField label={t("password")} error={message(errors.password?.message)} required>
          <PasswordInput {...form.register("password")} />
        </FormField>
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </form>

      <p className="text-sm">
        <Link href="/forgot-password" className="text-link underline underline-offset-4">
          {t("forgotPassword")}
        </Link>
      </p>

      {ssoName && (
        <div className="space-y-4">
          <p className="flex items-center gap-3 text-sm text-muted-foreground before:h-px before:flex-1 before:bg-border after:h-px after:flex-1 after:bg-border">
            {t("or")}
          </p>
          <Button variant="outline" className="w-full" onClick={() => void signIn("oidc", { callbackUrl })}>
            {t("sso", { provider: ssoName })}
          </Button>
        </div>
      )}

      <p className="border-t border-border pt-4 text-sm">
        {t("noAccount")}{" "}
        <Link href="/register" className="text-link underline underline-offset-4">
          {t("register")}
        </Link>
      </p>
    </div>
  );
}
