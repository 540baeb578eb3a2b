"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { formatReference, REFERENCE_PATTERN_MAX, referencePatternProblem, usesUnit } from "@/lib/institution/reference-pattern";
import { updateInstitutionSettingsAction } from "@/lib/institution/settings-actions";
import { institutionSettingsSchema } from "@/lib/institution/settings-schemas";

export interface ReferencePatternFormProps {
  settings: { agreementReferencePattern: string; updatedAt: string };
  /** This year in the institution's time zone, for the preview. */
  year: number;
  /** A unit whose code stands in for {unit} in the preview. */
  sampleUnit: { code: string; name: string };
}

/** The agreement reference pattern, with a preview of the numbers it gives as it is typed. */
export function ReferencePatternForm({ settings, year, sampleUnit }: ReferencePatternFormProps) {
  const t = useTranslations("admin.settings.reference");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError, message } = useActionForm({
    schema: institutionSettingsSchema,
    action: updateInstitutionSettingsAction,
    defaultValues: { agreementReferencePattern: settings.agreementReferencePattern, updatedAt: settings.updatedAt },
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const pattern = String(useWatch({ control: form.control, name: "agreementReferencePattern" }) ?? "").trim();
  const problem = referencePatternProblem(pattern);
  const example = (seq: number) => formatReference(pattern, { year, seq, unit: sampleUnit.code });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <FormField label={t("pattern")} description={t("patternHint")} error={fieldError("agreementReferencePattern")} required>
        <Input id="reference-pattern" autoComplete="off" spellCheck={false} maxLength={REFERENCE_PATTERN_MAX} className="font-mono" {...form.register("agreementReferencePattern")} />
      </FormField>
      <div className="space-y-1 rounded-lg border border-border bg-muted p-4" aria-live="polite">
        <p className="text-sm font-medium">{t("previewHeading")}</p>
        {problem || pattern === "" ? (
          <p className="text-sm text-muted-foreground">{pattern === "" ? t("previewEmpty") : message(problem)}</p>
        ) : (
          <>
            <p className="font-mono break-all">{t("previewNumbers", { first: example(1), second: example(2), twelfth: example(12) })}</p>
            {usesUnit(pattern) && <p className="text-sm text-muted-foreground">{t("previewUnit", { code: sampleUnit.code, unit: sampleUnit.name })}</p>}
          </>
        )}
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
      </Button>
    </form>
  );
}
