"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createVisitAction, updateVisitAction } from "@/lib/visits/actions";
import { KINDS_BY_DIRECTION, VISIT_DIRECTIONS, VISIT_KINDS } from "@/lib/visits/options";
import { EMPTY_VISIT_FORM, visitFieldsSchema, type VisitFieldsInput } from "@/lib/visits/schemas";

export interface VisitFormChoices {
  partners: readonly { id: string; name: string; countryCode: string }[];
  agreements: readonly { id: string; referenceNumber: string; title: string }[];
  projects: readonly { id: string; title: string; acronym: string | null }[];
  units: readonly { id: string; code: string; name: string }[];
  officers: readonly { id: string; name: string }[];
}

export interface VisitFormProps {
  choices: VisitFormChoices;
  defaultLanguage: AppLocale;
  /** The visit being edited; omitted when creating. */
  visit?: { id: string; version: number; values: VisitFieldsInput };
  /** A new visit's starting values (a coordinator's own unit). */
  initial?: Partial<VisitFieldsInput>;
}

/** Create or edit a visit; a save over an outdated version is refused with an offer to reload. */
export function VisitForm({ choices, defaultLanguage, visit, initial }: VisitFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm<typeof visitFieldsSchema, { id: string }>({
    schema: visitFieldsSchema,
    action: (values) => (visit ? updateVisitAction({ ...values, id: visit.id, version: visit.version }) : createVisitAction(values)),
    defaultValues: visit?.values ?? { ...EMPTY_VISIT_FORM, ...initial },
    onSuccess: (data) => {
      toast.success(visit ? t("visits.form.saved") : t("visits.form.created"));
      router.push(`/dashboard/visits/${data.id}`);
      router.refresh();
    },
  });
  const { register, formState, watch } = form;
  const direction = watch("direction") as keyof typeof KINDS_BY_DIRECTION;
  const usual = KINDS_BY_DIRECTION[direction] ?? VISIT_KINDS;
  const kindOption = (kind: string) => ({ value: kind, label: t(`visits.kinds.${kind}`) });
  const none = t("visits.form.none");

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-8">
      <FormAlert error={formError} />
      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("visits.form.whatHeading")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("visits.fields.direction")} error={fieldError("direction")} required>
            <Select id="visit-direction" options={VISIT_DIRECTIONS.map((value) => ({ value, label: t(`visits.directions.${value}`) }))} {...register("direction")} />
          </FormField>
          <FormField label={t("visits.fields.kind")} error={fieldError("kind")} required>
            <Select id="visit-kind" {...register("kind")}>
              <optgroup label={t("visits.form.usualKinds")}>
                {usual.map((kind) => {
                  const option = kindOption(kind);
                  return (
                    <option key={kind} value={option.value}>
                      {option.label}
                    </option>
                  );
                })}
              </optgroup>
              <optgroup label={t("visits.form.otherKinds")}>
                {VISIT_KINDS.filter((kind) => !usual.includes(kind)).map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`visits.kinds.${kind}`)}
                  </option>
                ))}
              </optgroup>
            </Select>
          </FormField>
        </div>
        <LanguageTabs
          form={form}
          fieldError={fieldError}
          defaultLanguage={defaultLanguage}
          idPrefix="visit"
          fields={[
            { name: "title", label: t("visits.fields.title"), required: true },
            { name: "publicSummary", label: t("visits.fields.publicSummary"), description: t("visits.form.publicSummaryHint"), rows: 4 },
          ]}
        />
        <FormField label={t("visits.fields.isPublic")} description={t("visits.form.isPublicHint")} layout="inline">
          <Checkbox id="visit-public" {...register("isPublic")} />
        </FormField>
        <FormField label={t("visits.fields.purpose")} description={t("visits.form.purposeHint")} error={fieldError("purpose")} required>
          <Textarea id="visit-purpose" rows={3} {...register("purpose")} />
        </FormField>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("visits.form.whoHeading")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("visits.fields.partner")} description={t("visits.form.partnerHint")} error={fieldError("partnerId")}>
            <Select id="visit-partner" placeholder={none} options={choices.partners.map((p) => ({ value: p.id, label: `${p.name} (${p.countryCode})` }))} {...register("partnerId")} />
          </FormField>
          <FormField label={t("visits.fields.organizationName")} description={t("visits.form.organizationHint")} error={fieldError("organizationName")}>
            <Input id="visit-organization" {...register("organizationName")} />
          </FormField>
          <FormField label={t("visits.fields.hostUnit")} description={t("visits.form.hostUnitHint")} error={fieldError("hostUnitId")}>
            <Select id="visit-unit" placeholder={none} options={choices.units.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))} {...register("hostUnitId")} />
          </FormField>
          <FormField label={t("visits.fields.responsible")} error={fieldError("responsibleId")}>
            <Select id="visit-responsible" placeholder={none} options={choices.officers.map((o) => ({ value: o.id, label: o.name }))} {...register("responsibleId")} />
          </FormField>
          <FormField label={t("visits.fields.agreement")} error={fieldError("agreementId")}>
            <Select
              id="visit-agreement"
              placeholder={none}
              options={choices.agreements.map((a) => ({ value: a.id, label: `${a.referenceNumber} — ${a.title}` }))}
              {...register("agreementId")}
            />
          </FormField>
          <FormField label={t("visits.fields.project")} error={fieldError("projectId")}>
            <Select id="visit-project" placeholder={none} options={choices.projects.map((p) => ({ value: p.id, label: p.acronym ? `${p.acronym} — ${p.title}` : p.title }))} {...register("projectId")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("visits.form.whenHeading")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("visits.fields.startDate")} error={fieldError("startDate")} required>
            <Input id="visit-start" type="date" {...register("startDate")} />
          </FormField>
          <FormField label={t("visits.fields.endDate")} error={fieldError("endDate")} required>
            <Input id="visit-end" type="date" {...register("endDate")} />
          </FormField>
        </div>
        <FormField label={t("visits.fields.costsCoveredBy")} description={t("visits.form.costsHint")} error={fieldError("costsCoveredBy")}>
          <Input id="visit-costs" {...register("costsCoveredBy")} />
        </FormField>
        <FormField label={t("visits.fields.outcome")} description={t("visits.form.outcomeHint")} error={fieldError("outcome")}>
          <Textarea id="visit-outcome" rows={3} {...register("outcome")} />
        </FormField>
        <FormField label={t("visits.fields.notes")} description={t("visits.form.notesHint")} error={fieldError("notes")}>
          <Textarea id="visit-notes" rows={4} {...register("notes")} />
        </FormField>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("common.buttons.saving") : visit ? t("common.buttons.saveChanges") : t("visits.form.create")}
        </Button>
        <LinkButton href={visit ? `/dashboard/visits/${visit.id}` : "/dashboard/visits"} variant="outline">
          {t("common.buttons.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
