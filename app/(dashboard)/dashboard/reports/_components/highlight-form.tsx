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
import { createHighlightAction, updateHighlightAction } from "@/lib/reports/actions";
import { highlightFieldsSchema, highlightFormValues } from "@/lib/reports/schemas";

export interface HighlightFormProps {
  highlight?: { id: string; happenedOn: string; title: string; text: string; translations: unknown };
  defaultLanguage: AppLocale;
}

/** Adds or edits a highlight: its day, and its title and text in each language. */
export function HighlightForm({ highlight, defaultLanguage }: HighlightFormProps) {
  const t = useTranslations("reports.highlights");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: highlightFieldsSchema,
    action: highlight ? (values) => updateHighlightAction({ ...values, id: highlight.id }) : createHighlightAction,
    defaultValues: highlightFormValues(highlight),
    onSuccess: () => {
      toast.success(highlight ? t("saved") : t("added"));
      if (highlight) router.push("/dashboard/reports");
      else form.reset(highlightFormValues());
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      <FormField label={t("date")} error={fieldError("happenedOn")} required>
        <Input id="highlight-date" type="date" className="max-w-48" {...form.register("happenedOn")} />
      </FormField>
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="highlight"
        fields={[
          { name: "title", label: t("title"), required: true },
          { name: "text", label: t("text"), rows: 4 },
        ]}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tCommon("buttons.saving") : highlight ? tCommon("buttons.saveChanges") : t("add")}
      </Button>
    </form>
  );
}
