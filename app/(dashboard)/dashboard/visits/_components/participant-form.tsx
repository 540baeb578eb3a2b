"use client";

import { useTranslations } from "next-intl";
import { localeLabels, locales } from "@/i18n/config";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useActionForm } from "@/lib/forms/use-action-form";
import { VISA_STATUSES } from "@/lib/visits/options";
import { participantFieldsSchema, type ParticipantFieldsInput } from "@/lib/visits/schemas";
import type { VisitWarning } from "@/lib/visits/warnings";

export interface ParticipantFormContext {
  /** Whether personal fields are shown at all (the office only: a coordinator's values never hold them). */
  withPersonalData: boolean;
  /** An outgoing trip: the staff member, tickets, insurance, per diem and budget line. */
  outgoing: boolean;
  countries: readonly { code: string; name: string }[];
  travellers: readonly { id: string; name: string }[];
}

export interface ParticipantFormProps {
  context: ParticipantFormContext;
  initial: ParticipantFieldsInput;
  /** Prefix of the controls' ids, unique on the page ("new-participant", "participant-<id>"). */
  idPrefix: string;
  submitLabel: string;
  action: (values: ParticipantFieldsInput) => Promise<ActionResult<{ id: string; warnings: VisitWarning[] }>>;
  onDone: (warnings: VisitWarning[]) => void;
  onCancel: () => void;
}

/**
 * One participant, every field grouped as the office works through them: the person, travel, stay,
 * visa and, for an outgoing trip, the staff member's trip. Departure before arrival is refused next
 * to the departure; a passport expiring before departure is saved and shown as a warning.
 */
export function ParticipantForm({ context, initial, idPrefix, submitLabel, action, onDone, onCancel }: ParticipantFormProps) {
  const t = useTranslations();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: participantFieldsSchema,
    action,
    defaultValues: initial,
    onSuccess: (data) => onDone(data.warnings),
  });
  const { register, formState } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  const none = t("visits.form.none");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert error={formError} />
      <fieldset className="space-y-4">
        <legend className="mb-1 font-semibold">{t("visits.participants.personHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("visits.participants.fields.name")} description={t("visits.participants.nameHint")} error={fieldError("name")} required className="sm:col-span-2">
            <Input id={id("name")} autoComplete="off" {...register("name")} />
          </FormField>
          <FormField label={t("visits.participants.fields.position")} error={fieldError("position")}>
            <Input id={id("position")} {...register("position")} />
          </FormField>
          <FormField label={t("visits.participants.fields.organization")} error={fieldError("organization")}>
            <Input id={id("organization")} {...register("organization")} />
          </FormField>
          <FormField label={t("visits.participants.fields.email")} error={fieldError("email")}>
            <Input id={id("email")} type="email" autoComplete="off" {...register("email")} />
          </FormField>
          <FormField label={t("visits.participants.fields.letterLanguage")} description={t("visits.participants.letterLanguageHint")} error={fieldError("letterLanguage")}>
            <Select id={id("letterLanguage")} options={locales.map((code) => ({ value: code, label: localeLabels[code] }))} {...register("letterLanguage")} />
          </FormField>
        </div>
      </fieldset>

      {context.withPersonalData && (
        <fieldset className="space-y-4 rounded-md border border-warning-border p-4">
          <legend className="px-1 font-semibold">{t("visits.participants.personalHeading")}</legend>
          <p className="text-sm text-muted-foreground">{t("visits.participants.personalHint")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("visits.participants.fields.nationalityCode")} error={fieldError("nationalityCode")}>
              <Select id={id("nationality")} placeholder={none} options={context.countries.map((c) => ({ value: c.code, label: c.name }))} {...register("nationalityCode")} />
            </FormField>
            <FormField label={t("visits.participants.fields.phone")} error={fieldError("phone")}>
              <Input id={id("phone")} type="tel" autoComplete="off" {...register("phone")} />
            </FormField>
            <FormField label={t("visits.participants.fields.passportNumber")} error={fieldError("passportNumber")}>
              <Input id={id("passportNumber")} autoComplete="off" spellCheck={false} {...register("passportNumber")} />
            </FormField>
            <FormField label={t("visits.participants.fields.passportExpiresOn")} error={fieldError("passportExpiresOn")}>
              <Input id={id("passportExpiresOn")} type="date" {...register("passportExpiresOn")} />
            </FormField>
            <FormField label={t("visits.participants.fields.birthDate")} error={fieldError("birthDate")}>
              <Input id={id("birthDate")} type="date" {...register("birthDate")} />
            </FormField>
          </div>
        </fieldset>
      )}

      <fieldset className="space-y-4">
        <legend className="mb-1 font-semibold">{t("visits.participants.travelHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("visits.participants.fields.arrivalAt")} error={fieldError("arrivalAt")}>
            <Input id={id("arrivalAt")} type="datetime-local" {...register("arrivalAt")} />
          </FormField>
          <FormField label={t("visits.participants.fields.arrivalTransport")} description={t("visits.participants.transportHint")} error={fieldError("arrivalTransport")}>
            <Input id={id("arrivalTransport")} {...register("arrivalTransport")} />
          </FormField>
          <FormField label={t("visits.participants.fields.departureAt")} error={fieldError("departureAt")}>
            <Input id={id("departureAt")} type="datetime-local" {...register("departureAt")} />
          </FormField>
          <FormField label={t("visits.participants.fields.departureTransport")} description={t("visits.participants.transportHint")} error={fieldError("departureTransport")}>
            <Input id={id("departureTransport")} {...register("departureTransport")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-1 font-semibold">{t("visits.participants.stayHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("visits.participants.fields.accommodation")} error={fieldError("accommodation")} className="sm:col-span-2">
            <Input id={id("accommodation")} {...register("accommodation")} />
          </FormField>
          <FormField label={t("visits.participants.fields.accommodationNights")} error={fieldError("accommodationNights")}>
            <Input id={id("accommodationNights")} type="number" inputMode="numeric" min={0} max={365} {...register("accommodationNights")} />
          </FormField>
          <FormField label={t("visits.participants.fields.accommodationCost")} error={fieldError("accommodationCost")}>
            <Input id={id("accommodationCost")} inputMode="decimal" {...register("accommodationCost")} />
          </FormField>
          <FormField label={t("visits.participants.fields.accommodationBooked")} layout="inline" className="sm:col-span-2">
            <Checkbox id={id("accommodationBooked")} {...register("accommodationBooked")} />
          </FormField>
          <FormField label={t("visits.participants.fields.needs")} description={t("visits.participants.needsHint")} error={fieldError("needs")} className="sm:col-span-2">
            <Textarea id={id("needs")} rows={2} className="min-h-11" {...register("needs")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-1 font-semibold">{t("visits.participants.visaHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("visits.participants.fields.visaStatus")} error={fieldError("visaStatus")}>
            <Select id={id("visaStatus")} options={VISA_STATUSES.map((value) => ({ value, label: t(`visits.visaStatuses.${value}`) }))} {...register("visaStatus")} />
          </FormField>
          <FormField label={t("visits.participants.fields.visaUpdatedOn")} description={t("visits.participants.visaUpdatedHint")} error={fieldError("visaUpdatedOn")}>
            <Input id={id("visaUpdatedOn")} type="date" {...register("visaUpdatedOn")} />
          </FormField>
        </div>
      </fieldset>

      {context.outgoing && (
        <fieldset className="space-y-4">
          <legend className="mb-1 font-semibold">{t("visits.participants.tripHeading")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("visits.participants.fields.userId")} description={t("visits.participants.userHint")} error={fieldError("userId")} className="sm:col-span-2">
              <Select id={id("userId")} placeholder={none} options={context.travellers.map((u) => ({ value: u.id, label: u.name }))} {...register("userId")} />
            </FormField>
            <FormField label={t("visits.participants.fields.tickets")} error={fieldError("tickets")}>
              <Input id={id("tickets")} {...register("tickets")} />
            </FormField>
            <FormField label={t("visits.participants.fields.insurance")} error={fieldError("insurance")}>
              <Input id={id("insurance")} {...register("insurance")} />
            </FormField>
            <FormField label={t("visits.participants.fields.perDiem")} error={fieldError("perDiem")}>
              <Input id={id("perDiem")} inputMode="decimal" {...register("perDiem")} />
            </FormField>
            <FormField label={t("visits.participants.fields.budgetLine")} error={fieldError("budgetLine")}>
              <Input id={id("budgetLine")} {...register("budgetLine")} />
            </FormField>
          </div>
        </fieldset>
      )}

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
