"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { createAgreementAction, updateAgreementAction } from "@/lib/agreements/actions";
import { AGREEMENT_KINDS, AGREEMENT_SCOPES, RENEWAL_TYPES } from "@/lib/agreements/options";
import { createAgreementSchema, type AgreementFormValues } from "@/lib/agreements/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import { ConditionFields } from "./condition-fields";
import { StaleVersionChanges } from "./stale-version-changes";
import { PartnerPicker, type PartnerChoice } from "./partner-picker";

/**
 * The reference number's part of the form: typed by the office, shown read-only to unit staff. A new
 * agreement's number comes from the institution's pattern when left blank; `proposals` is what it
 * would be now, per unit (or "*" for every unit).
 */
export interface ReferenceField {
  editable: boolean;
  proposals?: Readonly<Record<string, string>>;
}

export interface AgreementFormProps {
  /** Set when editing: the agreement and the version the form was loaded from. */
  existing?: { id: string; version: number };
  reference: ReferenceField;
  defaultValues: AgreementFormValues;
  initialPartners: readonly PartnerChoice[];
  units: readonly { id: string; code: string; name: string }[];
  officers: readonly { id: string; name: string }[];
}

/**
 * Create or edit an agreement. The action's zod schema checks the fields here first; the action
 * checks them again and adds what only the server knows: a reference number already taken, a unit
 * the user may not file under, or a save based on a version someone else has since changed (then
 * the form keeps what was typed and lists what the other person changed).
 */
export function AgreementForm({ existing, reference, defaultValues, initialPartners, units, officers }: AgreementFormProps) {
  const t = useTranslations("agreements");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError, message } = useActionForm({
    // The same rules as both actions: the update adds only the id and version, set here.
    schema: createAgreementSchema,
    action: (values) =>
      existing ? updateAgreementAction({ ...values, referenceNumber: String(values.referenceNumber ?? ""), ...existing }) : createAgreementAction(values),
    defaultValues,
    onSuccess: (data) => {
      toast.success(t(existing ? "form.saved" : "form.created"));
      router.push(`/dashboard/agreements/${data.id}`);
      router.refresh();
    },
  });
  const { register, control, formState } = form;
  const renewalType = useWatch({ control, name: "renewalType" });
  const unitId = useWatch({ control, name: "unitId" });
  const proposal = reference.proposals?.["*"] ?? reference.proposals?.[String(unitId ?? "")];
  const scopeError = fieldError("scope");
  const errorCount = Object.keys(formState.errors).length;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert error={formError} />
      {formError?.stale && existing && <StaleVersionChanges agreementId={existing.id} values={formError.values} />}
      {!formError && errorCount > 0 && (
        <Alert variant="error" live="polite">
          {message("common.form.errorSummary", { count: errorCount })}
        </Alert>
      )}

      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.sections.basics")}</legend>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          {reference.editable ? (
            <FormField
              label={t("fields.referenceNumber")}
              description={existing ? t("form.referenceHint") : proposal ? t("form.referenceProposal", { reference: proposal }) : t("form.referenceNext")}
              error={fieldError("referenceNumber")}
              required={Boolean(existing)}
            >
              <Input id="agreement-reference" autoComplete="off" spellCheck={false} maxLength={60} {...register("referenceNumber")} />
            </FormField>
          ) : (
            <ReferenceReadOnly
              label={t("fields.referenceNumber")}
              value={existing ? String(defaultValues.referenceNumber ?? "") : (proposal ?? t("form.referencePending"))}
              note={existing ? t("form.referenceFixed") : t("form.referenceAssigned")}
              error={fieldError("referenceNumber")}
            />
          )}
          <FormField label={t("fields.kind")} error={fieldError("kind")} required>
            <Select
              id="agreement-kind"
              placeholder={t("form.chooseKind")}
              options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
              {...register("kind")}
            />
          </FormField>
        </div>
        <FormField label={t("fields.title")} error={fieldError("title")} required>
          <Input id="agreement-title" maxLength={300} {...register("title")} />
        </FormField>
        <Controller
          control={control}
          name="partnerIds"
          render={({ field }) => (
            <PartnerPicker
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              initial={initialPartners}
              error={fieldError("partnerIds")}
            />
          )}
        />
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <FormField label={t("fields.unitId")} error={fieldError("unitId")} required>
            <Select
              id="agreement-unit"
              placeholder={units.length > 1 ? t("form.chooseUnit") : undefined}
              options={units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))}
              {...register("unitId")}
            />
          </FormField>
          <FormField label={t("fields.responsibleId")} error={fieldError("responsibleId")}>
            <Select
              id="agreement-responsible"
              placeholder={t("form.noResponsible")}
              options={officers.map((officer) => ({ value: officer.id, label: officer.name }))}
              {...register("responsibleId")}
            />
          </FormField>
        </div>
        <fieldset className="min-w-0" aria-describedby={scopeError ? "agreement-scope-error" : undefined}>
          <legend className="mb-2 text-sm font-medium">{t("fields.scope")}</legend>
          <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {AGREEMENT_SCOPES.map((scope) => (
              <label key={scope} className="flex min-h-11 items-center gap-3 text-sm">
                <Checkbox value={scope} {...register("scope")} />
                {t(`scopes.${scope}`)}
              </label>
            ))}
          </div>
          {scopeError && (
            <p id="agreement-scope-error" className="mt-1 text-sm font-medium text-destructive">
              {scopeError}
            </p>
          )}
        </fieldset>
      </fieldset>

      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.sections.dates")}</legend>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
          <FormField label={t("fields.signedOn")} error={fieldError("signedOn")}>
            <Input id="agreement-signed" type="date" {...register("signedOn")} />
          </FormField>
          <FormField label={t("fields.startsOn")} error={fieldError("startsOn")}>
            <Input id="agreement-starts" type="date" {...register("startsOn")} />
          </FormField>
          <FormField label={t("fields.endsOn")} description={t("form.endsOnHint")} error={fieldError("endsOn")}>
            <Input id="agreement-ends" type="date" {...register("endsOn")} />
          </FormField>
        </div>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <FormField label={t("fields.renewalType")} error={fieldError("renewalType")} required>
            <Select
              id="agreement-renewal"
              options={RENEWAL_TYPES.map((type) => ({ value: type, label: t(`renewalTypes.${type}`) }))}
              {...register("renewalType")}
            />
          </FormField>
          {renewalType === "BY_NOTICE" && (
            <FormField label={t("fields.noticePeriodDays")} description={t("form.noticeHint")} error={fieldError("noticePeriodDays")} required>
              <Input id="agreement-notice" type="number" inputMode="numeric" min={1} max={3650} {...register("noticePeriodDays")} />
            </FormField>
          )}
        </div>
      </fieldset>

      <ConditionFields control={control} register={register} fieldError={fieldError} />

      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.sections.internal")}</legend>
        <FormField label={t("fields.internalNotes")} description={t("form.notesHint")} error={fieldError("internalNotes")}>
          <Textarea id="agreement-notes" rows={4} maxLength={5000} {...register("internalNotes")} />
        </FormField>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4 border-t border-border pt-6">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("form.saving") : t(existing ? "form.submitEdit" : "form.submitCreate")}
        </Button>
        <Link href={existing ? `/dashboard/agreements/${existing.id}` : "/dashboard/agreements"} className="text-link underline underline-offset-4">
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}

/** The number unit staff cannot change: shown as text, with why (and an error, should the server send one). */
function ReferenceReadOnly({ label, value, note, error }: { label: string; value: string; note: string; error?: string }) {
  return (
    <dl className="space-y-1.5">
      <dt className="text-sm font-medium">{label}</dt>
      <dd className="font-mono text-base break-all">{value}</dd>
      <dd className="text-sm text-muted-foreground">{note}</dd>
      {error && <dd className="text-sm font-medium text-destructive">{error}</dd>}
    </dl>
  );
}
