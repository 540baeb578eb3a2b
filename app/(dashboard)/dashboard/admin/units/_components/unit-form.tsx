"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createUnitAction, updateUnitAction } from "@/lib/units/actions";
import { UNIT_KINDS, unitFieldsSchema, unitFormValues } from "@/lib/units/schemas";

export interface UnitFormProps {
  /** The unit being edited (its stored translations included); without it the form creates one. */
  unit?: { id: string; version: number; code: string; name: string; kind: UnitKind; translations: unknown };
  /** The institution's default content language: the plain name's language, the first tab. */
  defaultLanguage: AppLocale;
}

/** Create or edit a unit; an edit saves only over the version it was opened at. */
export function UnitForm({ unit, defaultLanguage }: UnitFormProps) {
  const t = useTranslations("units");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: unitFieldsSchema,
    action: unit ? (values) => updateUnitAction({ ...values, id: unit.id, version: unit.version }) : createUnitAction,
    defaultValues: unitFormValues(unit),
    onSuccess: ({ id }) => {
      toast.success(unit ? t("form.saved") : t("form.created"));
      if (unit) router.refresh();
      else router.push(`/dashboard/admin/units/${id}`);
    },
  });
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("fields.code")} description={t("fields.codeHint")} error={fieldError("code")} required>
          <Input id="unit-code" autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={20} {...form.register("code")} />
        </FormField>
        <FormField label={t("fields.kind")} error={fieldError("kind")} required>
          <Select id="unit-kind" {...form.register("kind")} options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
        </FormField>
      </div>
      {/* The name in each language (decision 010): students and visitors read it in theirs. */}
      <LanguageTabs form={form} fieldError={fieldError} defaultLanguage={defaultLanguage} idPrefix="unit" fields={[{ name: "name", label: t("fields.name"), required: true }]} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tCommon("buttons.saving") : unit ? tCommon("buttons.saveChanges") : t("form.create")}
      </Button>
    </form>
  );
}
