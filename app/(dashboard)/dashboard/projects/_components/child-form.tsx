"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormErrorState } from "@/lib/forms/use-action-form";

/** The frame of a work plan or budget form: the message above, the fields, save and cancel. */
export function ChildForm({
  onSubmit,
  formError,
  submitting,
  submitLabel,
  onCancel,
  children,
}: {
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  formError: FormErrorState | null;
  submitting: boolean;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("common.buttons");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      {children}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? t("saving") : submitLabel}
        </Button>
        <Button type="button" variant="outline" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
