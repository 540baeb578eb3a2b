"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createGoalAction, updateGoalAction } from "@/lib/strategy/actions";
import { goalFieldsSchema, goalFormValues } from "@/lib/strategy/schemas";

export interface GoalFormProps {
  /** The goal being edited (its stored translations included); without it the form creates one. */
  goal?: { id: string; version: number; title: string; description: string; sortOrder: number; translations: unknown };
  defaultLanguage: AppLocale;
}

/** Create or edit a strategy goal: its title and description in each language, and its place in the list. */
export function GoalForm({ goal, defaultLanguage }: GoalFormProps) {
  const t = useTranslations("strategy");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: goalFieldsSchema,
    action: goal ? (values) => updateGoalAction({ ...values, id: goal.id, version: goal.version }) : createGoalAction,
    defaultValues: goalFormValues(goal),
    onSuccess: ({ id }) => {
      toast.success(goal ? t("goalForm.saved") : t("goalForm.created"));
      if (goal) router.refresh();
      else router.push(`/dashboard/strategy/goals/${id}`);
    },
  });
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="goal"
        fields={[
          { name: "title", label: t("goalForm.title"), required: true },
          { name: "description", label: t("goalForm.description"), description: t("goalForm.descriptionHint"), rows: 5 },
        ]}
      />
      <FormField label={t("goalForm.sortOrder")} description={t("goalForm.sortOrderHint")} error={fieldError("sortOrder")} required>
        <Input id="goal-sort-order" type="number" inputMode="numeric" min={0} max={999} step={1} className="max-w-32" {...form.register("sortOrder")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tCommon("buttons.saving") : goal ? tCommon("buttons.saveChanges") : t("goalForm.create")}
      </Button>
    </form>
  );
}
