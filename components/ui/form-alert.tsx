"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { useMessage, type FormErrorState } from "@/lib/forms/use-action-form";

/**
 * The message above a form after a failed action: the support reference when there is one, and a
 * reload button when the record changed since the form was opened.
 */
export function FormAlert({ error }: { error: FormErrorState | null }) {
  const message = useMessage();
  const t = useTranslations("common.form");
  if (!error) return null;
  return (
    <Alert variant="error" live="assertive">
      <p>{message(error.key, error.values)}</p>
      {error.reference && <p className="mt-1 text-muted-foreground">{t("reference", { reference: error.reference })}</p>}
      {error.stale && (
        <button type="button" onClick={() => window.location.reload()} className="mt-2 font-medium text-link underline underline-offset-4">
          {t("reload")}
        </button>
      )}
    </Alert>
  );
}
