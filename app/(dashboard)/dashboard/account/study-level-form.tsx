"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Select, type SelectOption } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import type { StudyLevel } from "@/lib/generated/prisma/enums";
import { useActionForm } from "@/lib/forms/use-action-form";
import { setStudyLevelAction } from "@/lib/users/study-level";
import { setStudyLevelSchema } from "@/lib/users/study-level-schema";

/**
 * A student's own level of study; their dashboard offers the calls for it. "Not set" clears it.
 * The levels' names come translated from the page (the same names as the international students').
 */
export function StudyLevelForm({ studyLevel, levels }: { studyLevel: StudyLevel | null; levels: readonly SelectOption[] }) {
  const t = useTranslations("auth.account");
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: setStudyLevelSchema,
    action: setStudyLevelAction,
    defaultValues: { studyLevel: studyLevel ?? "" },
    onSuccess: () => {
      toast.success(t("studyLevelSaved"));
    },
  });
  const { isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormAlert error={formError} />
      <FormField label={t("studyLevel")} error={fieldError("studyLevel")}>
        <Select {...form.register("studyLevel")} placeholder={t("studyLevelNotSet")} options={levels} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("savingStudyLevel") : t("saveStudyLevel")}
      </Button>
    </form>
  );
}
