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
import { createNewsAction, updateNewsAction } from "@/lib/news/actions";
import { EMPTY_NEWS_FORM, newsFieldsSchema, type NewsFieldsInput } from "@/lib/news/schemas";

export interface NewsFormProps {
  /** The item being edited (its form values from `newsFormValues`); omitted when writing a new one. */
  item?: { id: string; version: number; values: NewsFieldsInput };
  /** The institution's default content language: its tab comes first. */
  defaultLanguage: AppLocale;
}

/**
 * Write or edit a news item: title, summary and body per language in tabs (decision 010), and the
 * publication date. Publishing is a separate button; a save over an outdated version is refused.
 */
export function NewsForm({ item, defaultLanguage }: NewsFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm<typeof newsFieldsSchema, { id: string }>({
    schema: newsFieldsSchema,
    action: (values) => (item ? updateNewsAction({ ...values, id: item.id, version: item.version }) : createNewsAction(values)),
    defaultValues: item?.values ?? EMPTY_NEWS_FORM,
    onSuccess: (data) => {
      toast.success(item ? t("news.form.saved") : t("news.form.created"));
      if (item) router.refresh();
      else router.push(`/dashboard/news/${data.id}`);
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="news"
        fields={[
          { name: "title", label: t("news.fields.title"), required: true },
          { name: "summary", label: t("news.fields.summary"), description: t("news.form.summaryHint"), rows: 3 },
          { name: "body", label: t("news.fields.body"), description: t("news.form.bodyHint"), rows: 14 },
        ]}
      />
      <FormField label={t("news.fields.publishedAt")} description={t("news.form.publishedAtHint")} error={fieldError("publishedAt")} className="max-w-xs">
        <Input id="news-published-at" type="datetime-local" {...form.register("publishedAt")} />
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.buttons.saving") : item ? t("common.buttons.saveChanges") : t("news.form.create")}
      </Button>
    </form>
  );
}
