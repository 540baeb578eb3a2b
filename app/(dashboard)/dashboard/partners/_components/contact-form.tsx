"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useActionForm } from "@/lib/forms/use-action-form";
import { contactFieldsSchema, type ContactFieldsInput } from "@/lib/partners/schemas";

const EMPTY: ContactFieldsInput = { name: "", position: "", email: "", phone: "", isPublic: false };

export interface ContactFormProps {
  initial?: ContactFieldsInput;
  submitLabel: string;
  /** Adds or updates the contact (the caller adds the partner's or the contact's id). */
  action: (values: ContactFieldsInput) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  onCancel?: () => void;
}

/** One contact's fields, used to add a contact and to edit one in place. */
export function ContactForm({ initial, submitLabel, action, onDone, onCancel }: ContactFormProps) {
  const t = useTranslations();
  const idPrefix = useId();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: contactFieldsSchema,
    action,
    defaultValues: initial ?? EMPTY,
    onSuccess: () => {
      if (!initial) form.reset();
      onDone();
    },
  });
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert error={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("partners.contacts.fields.name")} error={fieldError("name")} required>
          <Input id={`${idPrefix}-name`} autoComplete="off" {...register("name")} />
        </FormField>
        <FormField label={t("partners.contacts.fields.position")} error={fieldError("position")}>
          <Input id={`${idPrefix}-position`} autoComplete="off" {...register("position")} />
        </FormField>
        <FormField label={t("partners.contacts.fields.email")} error={fieldError("email")}>
          <Input id={`${idPrefix}-email`} type="email" autoComplete="off" {...register("email")} />
        </FormField>
        <FormField label={t("partners.contacts.fields.phone")} error={fieldError("phone")}>
          <Input id={`${idPrefix}-phone`} type="tel" autoComplete="off" {...register("phone")} />
        </FormField>
      </div>
      <FormField label={t("partners.contacts.fields.isPublic")} description={t("partners.contacts.publicHint")} layout="inline">
        <Checkbox id={`${idPrefix}-public`} {...register("isPublic")} />
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("common.buttons.saving") : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="outline" onClick={onCancel}>
            {t("common.buttons.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
