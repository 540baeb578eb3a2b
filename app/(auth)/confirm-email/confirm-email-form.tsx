"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { confirmEmailAction } from "@/lib/auth/actions";
import { confirmEmailSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import { FormAlert } from "@/components/ui/form-alert";

export function ConfirmEmailForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth.confirmEmail");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: confirmEmailSchema,
    action: confirmEmailAction,
    defaultValues: { token },
    onSuccess: () => router.push("/sign-in?notice=emailConfirmed"),
  });
  const { isSubmitting } = form.formState;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
        <p className="font-medium">{email}</p>
      </div>
      <FormAlert error={formError} />
      <form onSubmit={onSubmit}>
        <input type="hidden" {...form.register("token")} />
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </form>
    </div>
  );
}
