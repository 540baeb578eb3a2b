"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionErrors } from "@/lib/opportunities/form-errors";
import type { ActionResult } from "@/lib/errors/safe-action";
import { contactFieldsSchema } from "@/lib/partners/schemas";

type Values = z.input<typeof contactFieldsSchema>;
type Parsed = z.output<typeof contactFieldsSchema>;

export interface ContactFormProps {
  initial?: Values;
  submitLabel: string;
  onSubmit: (values: Parsed) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  onCancel?: () => void;
}

/** One contact's fields, used to add a contact and to edit one in place. */
export function ContactForm({ initial, submitLabel, onSubmit, onDone, onCancel }: ContactFormProps) {
  const t = useTranslations();
  const idPrefix = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(contactFieldsSchema),
    defaultValues: initial ?? { name: "", position: "", email: "", phone: "", isPublic: false },
  });
  const message = (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("common.form.errors.invalid")) : undefined);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await onSubmit(values);
    if (!result.ok) {
      const failure = applyActionErrors(result, setError);
      setFormError(t.has(failure.key) ? t(failure.key, failure.values) : t("errors.generic.unexpected"));
      return;
    }
    if (!initial) reset();
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && (
        <Alert variant="error" live="assertive">
          {formError}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("partners.contacts.fields.name")} error={message(errors.name?.message)} required>
          <Input id={`${idPrefix}-name`} autoComplete="off" {...register("name")} />
        </FormField>
        <FormField label={t("partners.contacts.fields.position")} error={message(errors.position?.message)}>
          <Input id={`${idPrefix}-position`} autoComplete="off" {...register("position")} />
        </FormField>
        <FormField label={t("partners.contacts.fields.email")} error={message(errors.email?.message)}>
          <Input id={`${idPrefix}-email`} type="email" autoComplete="off" {...register("email")} />
        </FormField>
        <FormField label={t("partners.contacts.fields.phone")} error={message(errors.phone?.message)}>
          <Input id={`${idPrefix}-phone`} type="tel" autoComplete="off" {...register("phone")} />
        </FormField>
      </div>
      <FormField label={t("partners.contacts.fields.isPublic")} description={t("partners.contacts.publicHint")} layout="inline">
        <Checkbox id={`${idPrefix}-public`} {...register("isPublic")} />
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("common.buttons.saving") : submitLabel}
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
