"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import type { AppLocale } from "@/i18n/config";
import { useActionForm } from "@/lib/forms/use-action-form";
import { saveLetterTemplateAction } from "@/lib/visits/letters/actions";
import { TEMPLATE_BODY_MAX, TEMPLATE_SUBJECT_MAX, letterTemplateFieldsSchema } from "@/lib/visits/letters/template-schemas";

export interface LetterTemplateFormProps {
  template: { language: AppLocale; subject: string; body: string; version: number };
}

/** Edits one language's letter template; an unknown placeholder is refused next to its field. */
export function LetterTemplateForm({ template }: LetterTemplateFormProps) {
  const t = useTranslations("letters");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: letterTemplateFieldsSchema,
    action: (values) => saveLetterTemplateAction({ ...values, language: template.language, version: template.version }),
    defaultValues: { subject: template.subject, body: template.body },
    onSuccess: () => {
      toast.success(t("templates.saved"));
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <FormField label={t("templates.subject")} error={fieldError("subject")} required>
        <Input id="template-subject" lang={template.language} autoComplete="off" maxLength={TEMPLATE_SUBJECT_MAX} {...form.register("subject")} />
      </FormField>
      <FormField label={t("templates.body")} description={t("templates.bodyHint")} error={fieldError("body")} required>
        <Textarea id="template-body" lang={template.language} rows={20} maxLength={TEMPLATE_BODY_MAX} className="font-mono text-sm" {...form.register("body")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
      </Button>
    </form>
  );
}
