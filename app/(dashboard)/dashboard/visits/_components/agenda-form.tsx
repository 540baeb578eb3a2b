"use client";

import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useActionForm } from "@/lib/forms/use-action-form";
import { AGENDA_ITEM_KINDS } from "@/lib/visits/options";
import { agendaItemFieldsSchema, type AgendaItemFieldsInput } from "@/lib/visits/schemas";
import type { VisitWarning } from "@/lib/visits/warnings";

export interface AgendaFormProps {
  initial: AgendaItemFieldsInput;
  idPrefix: string;
  defaultLanguage: AppLocale;
  submitLabel: string;
  action: (values: AgendaItemFieldsInput) => Promise<ActionResult<{ id: string; warnings: VisitWarning[] }>>;
  onDone: (warnings: VisitWarning[]) => void;
  onCancel: () => void;
}

/** One agenda item: when, what (in each language, for the printed agenda), where, who hosts and who takes part. */
export function AgendaForm({ initial, idPrefix, defaultLanguage, submitLabel, action, onDone, onCancel }: AgendaFormProps) {
  const t = useTranslations();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: agendaItemFieldsSchema,
    action,
    defaultValues: initial,
    onSuccess: (data) => onDone(data.warnings),
  });
  const { register, formState } = form;
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("visits.agenda.fields.startsAt")} error={fieldError("startsAt")} required>
          <Input id={id("startsAt")} type="datetime-local" {...register("startsAt")} />
        </FormField>
        <FormField label={t("visits.agenda.fields.endsAt")} error={fieldError("endsAt")}>
          <Input id={id("endsAt")} type="datetime-local" {...register("endsAt")} />
        </FormField>
        <FormField label={t("visits.agenda.fields.kind")} error={fieldError("kind")}>
          <Select id={id("kind")} options={AGENDA_ITEM_KINDS.map((value) => ({ value, label: t(`visits.agendaKinds.${value}`) }))} {...register("kind")} />
        </FormField>
      </div>
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix={idPrefix}
        fields={[
          { name: "title", label: t("visits.agenda.fields.title"), required: true },
          { name: "location", label: t("visits.agenda.fields.location") },
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("visits.agenda.fields.host")} description={t("visits.agenda.hostHint")} error={fieldError("host")}>
          <Input id={id("host")} {...register("host")} />
        </FormField>
        <FormField label={t("visits.agenda.fields.participants")} description={t("visits.agenda.participantsHint")} error={fieldError("participants")}>
          <Input id={id("participants")} {...register("participants")} />
        </FormField>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("common.buttons.saving") : submitLabel}
        </Button>
        <Button type="button" variant="outline" onClick={onCancel}>
          {t("common.buttons.cancel")}
        </Button>
      </div>
    </form>
  );
}
