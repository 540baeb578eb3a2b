"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller, useForm, useWatch, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { createAgreementAction, updateAgreementAction } from "@/lib/agreements/actions";
import type { ShownDiffEntry } from "@/lib/agreements/describe-diff";
import { AGREEMENT_KINDS, AGREEMENT_SCOPES, RENEWAL_TYPES } from "@/lib/agreements/options";
import { createAgreementSchema, type AgreementFormValues } from "@/lib/agreements/schemas";
import { useMessage } from "@/lib/forms/use-action-form";
import { ConditionFields } from "./condition-fields";
import { DiffList } from "./diff-list";
import { PartnerPicker, type PartnerChoice } from "./partner-picker";

export interface AgreementFormProps {
  /** Set when editing: the agreement and the version the form was loaded from. */
  existing?: { id: string; version: number };
  defaultValues: AgreementFormValues;
  initialPartners: readonly PartnerChoice[];
  units: readonly { id: string; code: string; name: string }[];
  officers: readonly { id: string; name: string }[];
}

interface Conflict {
  yourVersion: number;
  currentVersion: number;
  changedBy: string;
  changes: ShownDiffEntry[];
}

function readConflict(values: Record<string, string | number> | undefined): Conflict | null {
  if (!values || typeof values.changes !== "string") return null;
  try {
    return {
      yourVersion: Number(values.yourVersion),
      currentVersion: Number(values.currentVersion),
      changedBy: String(values.changedBy ?? ""),
      changes: JSON.parse(values.changes) as ShownDiffEntry[],
    };
  } catch {
    return null;
  }
}

/**
 * Create or edit an agreement. The action's zod schema checks the fields here first; the action
 * checks them again and adds what only the server knows: a reference number already taken, a unit
 * the user may not file under, or a save based on a version someone else has since changed (then
 * the form keeps what was typed and lists what the other person changed).
 */
export function AgreementForm({ existing, defaultValues, initialPartners, units, officers }: AgreementFormProps) {
  const t = useTranslations("agreements");
  const message = useMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<{ key: string; values?: Record<string, string | number> } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AgreementFormValues>({
    // The same rules as the action (the update adds only id and version, set when sending).
    resolver: zodResolver(createAgreementSchema) as never,
    defaultValues,
  });
  const renewalType = useWatch({ control, name: "renewalType" });
  const fieldMessage = (key: string | undefined) => message(key, formError?.values);

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    setConflict(null);
    const values = getValues();
    let result;
    try {
      result = existing
        ? await updateAgreementAction({ ...values, id: existing.id, version: existing.version } as never)
        : await createAgreementAction(values as never);
    } catch {
      setFormError({ key: "errors.generic.network" });
      return;
    }
    if (result.ok) {
      toast.success(t(existing ? "form.saved" : "form.created"));
      router.push(`/dashboard/agreements/${result.data.id}`);
      router.refresh();
      return;
    }
    let first = true;
    for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "_form" || !keys[0]) continue;
      setError(field as Path<AgreementFormValues>, { type: "server", message: keys[0] }, { shouldFocus: first });
      first = false;
    }
    if (result.code === "CONFLICT") setConflict(readConflict(result.values));
    setFormError({ key: result.fieldErrors?._form?.[0] ?? result.formError, values: result.values });
  });

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {formError && (
        <Alert variant="error" live="assertive" title={message(formError.key, formError.values)}>
          {conflict && existing ? (
            <div className="space-y-3">
              <p>{t("form.conflictIntro", { name: conflict.changedBy, version: conflict.currentVersion })}</p>
              <DiffList entries={conflict.changes} />
              <p>{t("form.conflictKeep")}</p>
              <div className="flex flex-wrap gap-4">
                <Button type="button" variant="outline" onClick={() => window.location.reload()}>
                  {t("form.reload")}
                </Button>
                <Link
                  href={`/dashboard/agreements/${existing.id}/history?from=${conflict.yourVersion}&to=${conflict.currentVersion}`}
                  className="self-center text-link underline underline-offset-4"
                >
                  {t("form.compare")}
                </Link>
              </div>
            </div>
          ) : null}
        </Alert>
      )}
      {!formError && errorCount > 0 && (
        <Alert variant="error" live="polite">
          {message("common.form.errorSummary", { count: errorCount })}
        </Alert>
      )}

      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.sections.basics")}</legend>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <FormField label={t("fields.referenceNumber")} description={t("form.referenceHint")} error={fieldMessage(errors.referenceNumber?.message)} required>
            <Input id="agreement-reference" autoComplete="off" spellCheck={false} maxLength={60} {...register("referenceNumber")} />
          </FormField>
          <FormField label={t("fields.kind")} error={fieldMessage(errors.kind?.message)} required>
            <Select
              id="agreement-kind"
              placeholder={t("form.chooseKind")}
              options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
              {...register("kind")}
            />
          </FormField>
        </div>
        <FormField label={t("fields.title")} error={fieldMessage(errors.title?.message)} required>
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
              error={fieldMessage(errors.partnerIds?.message ?? errors.partnerIds?.root?.message)}
            />
          )}
        />
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <FormField label={t("fields.unitId")} error={fieldMessage(errors.unitId?.message)} required>
            <Select
              id="agreement-unit"
              placeholder={units.length > 1 ? t("form.chooseUnit") : undefined}
              options={units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))}
              {...register("unitId")}
            />
          </FormField>
          <FormField label={t("fields.responsibleId")} error={fieldMessage(errors.responsibleId?.message)}>
            <Select
              id="agreement-responsible"
              placeholder={t("form.noResponsible")}
              options={officers.map((officer) => ({ value: officer.id, label: officer.name }))}
              {...register("responsibleId")}
            />
          </FormField>
        </div>
        <fieldset className="min-w-0" aria-describedby={errors.scope ? "agreement-scope-error" : undefined}>
          <legend className="mb-2 text-sm font-medium">{t("fields.scope")}</legend>
          <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {AGREEMENT_SCOPES.map((scope) => (
              <label key={scope} className="flex min-h-11 items-center gap-3 text-sm">
                <Checkbox value={scope} {...register("scope")} />
                {t(`scopes.${scope}`)}
              </label>
            ))}
          </div>
          {errors.scope && (
            <p id="agreement-scope-error" className="mt-1 text-sm font-medium text-destructive">
              {fieldMessage(errors.scope.message ?? errors.scope.root?.message)}
            </p>
          )}
        </fieldset>
      </fieldset>

      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.sections.dates")}</legend>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
          <FormField label={t("fields.signedOn")} error={fieldMessage(errors.signedOn?.message)}>
            <Input id="agreement-signed" type="date" {...register("signedOn")} />
          </FormField>
          <FormField label={t("fields.startsOn")} error={fieldMessage(errors.startsOn?.message)}>
            <Input id="agreement-starts" type="date" {...register("startsOn")} />
          </FormField>
          <FormField label={t("fields.endsOn")} description={t("form.endsOnHint")} error={fieldMessage(errors.endsOn?.message)}>
            <Input id="agreement-ends" type="date" {...register("endsOn")} />
          </FormField>
        </div>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <FormField label={t("fields.renewalType")} error={fieldMessage(errors.renewalType?.message)} required>
            <Select
              id="agreement-renewal"
              options={RENEWAL_TYPES.map((type) => ({ value: type, label: t(`renewalTypes.${type}`) }))}
              {...register("renewalType")}
            />
          </FormField>
          {renewalType === "BY_NOTICE" && (
            <FormField label={t("fields.noticePeriodDays")} description={t("form.noticeHint")} error={fieldMessage(errors.noticePeriodDays?.message)} required>
              <Input id="agreement-notice" type="number" inputMode="numeric" min={1} max={3650} {...register("noticePeriodDays")} />
            </FormField>
          )}
        </div>
      </fieldset>

      <ConditionFields control={control} register={register} errors={errors} message={fieldMessage} />

      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.sections.internal")}</legend>
        <FormField label={t("fields.internalNotes")} description={t("form.notesHint")} error={fieldMessage(errors.internalNotes?.message)}>
          <Textarea id="agreement-notes" rows={4} maxLength={5000} {...register("internalNotes")} />
        </FormField>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4 border-t border-border pt-6">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("form.saving") : t(existing ? "form.submitEdit" : "form.submitCreate")}
        </Button>
        <Link href={existing ? `/dashboard/agreements/${existing.id}` : "/dashboard/agreements"} className="text-link underline underline-offset-4">
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
