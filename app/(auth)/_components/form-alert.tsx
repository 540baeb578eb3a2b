"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { useMessage, type FormErrorState } from "@/lib/errors/use-action-form";

/** The message above a form after a failed submit, with the support reference when there is one. */
export function FormAlert({ error }: { error: FormErrorState | null }) {
  const message = useMessage();
  const t = useTranslations("auth.errors");
  if (!error) return null;
  return (
    <Alert variant="error" live="assertive">
      <p>{message(error.key, error.values)}</p>
      {error.reference && <p className="mt-1 text-muted-foreground">{t("reference", { reference: error.reference })}</p>}
    </Alert>
  );
}
