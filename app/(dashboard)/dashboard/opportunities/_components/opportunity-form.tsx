"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormProvider, useWatch } from "react-hook-form";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { AUDIENCES, DIRECTIONS, opportunityFormSchema } from "@/lib/opportunities/schemas";
import { CEFR_CODES } from "@/lib/reference/levels";
import { CriteriaFields } from "./criteria-fields";
import { DocumentFields } from "./document-fields";
import type { OpportunityFormFields, Option } from "./form-types";
import { SubjectPicker } from "@/components/content/subject-picker";

export interface OpportunityFormProps {
  /** Present when editing: the record and the version the user loaded (optimistic concurrency). */
  existing?: { id: string; version: number };
  defaults: OpportunityFormFields;
  programs: Option[];
  partners: Option[];
  agreements: (Option & { partnerIds: string[] })[];
  /** Units the user may file the call under; `officeWide` adds the "whole university" choice. */
  units: Option[];
  officeWide: boolean;
  subjects: Option[];
  timeZone: string;
  /** The institution's default content language: its tab edits the plain columns. */
  defaultLanguage: AppLocale;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-border p-4 sm:p-6">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Create or edit an opportunity. The zod schema checks it here and again in the action; server
 * errors land next to their fields, and the form keeps what was typed when saving fails.
 */
export function OpportunityForm({ existing, defaults, programs, partners, agreements, units, officeWide, subjects, timeZone, defaultLanguage }: OpportunityFormProps) {
  const t = useTranslations();
  const f = (key: string, values?: Record<string, string | number>) => t(`opportunities.form.${key}`, values);
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: opportunityFormSchema,
    // The action gets the values as typed, so the server reads the dates in the institution's time
    // zone (the one the hint names), not the browser's.
    action: (values) => (existing ? updateOpportunityAction({ ...values, ...existing }) : createOpportunityAction(values)),
    defaultValues: defaults,
    onSuccess: (data) => {
      toast.success(existing ? f("saved") : f("created"));
      router.push(`/dashboard/opportunities/${data.id}`);
    },
  });
  const { register, setValue, control } = form;
  const { isSubmitting } = form.formState;
  const partnerId = useWatch({ control, name: "partnerId" }) as string | undefined;
  const partnerAgreements = agreements.filter((agreement) => partnerId && agreement.partnerIds.includes(partnerId));
  const audienceError = fieldError("audience");

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <FormAlert error={formError} />

        {/* Every text students read, in one set of language tabs: a translator switches language once. */}
        <Section title={f("sections.texts")}>
          <LanguageTabs
            form={form}
            fieldError={fieldError}
            defaultLanguage={defaultLanguage}
            idPrefix="opportunity"
            fields={[
              { name: "title", label: f("title"), description: f("titleHint"), required: true },
              { name: "description", label: f("description"), rows: 6 },
              { name: "academicPeriod", label: f("academicPeriod"), description: f("academicPeriodHint"), required: true },
              { name: "funding", label: f("funding"), description: f("fundingHint"), rows: 3 },
              { name: "otherRequirements", label: f("otherRequirements"), rows: 4 },
            ]}
          />
        </Section>

        <Section title={f("sections.basics")}>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField label={f("program")} error={fieldError("programId")} required>
              <Select id="opportunity-program" placeholder={f("chooseProgram")} options={programs} {...register("programId")} />
            </FormField>
            <FormField label={f("unit")} description={officeWide ? undefined : f("coordinatorUnitHint")} error={fieldError("unitId")}>
              <Select id="opportunity-unit" placeholder={officeWide ? f("officeWide") : undefined} options={units} {...register("unitId")} />
            </FormField>
            <FormField label={f("partner")} error={fieldError("partnerId")}>
              <Select
                id="opportunity-partner"
                placeholder={f("noPartner")}
                options={partners}
                {...register("partnerId", {
                  onChange: (event: { target: { value: string } }) => {
                    const stillValid = agreements.some((a) => a.value === form.getValues("agreementId") && a.partnerIds.includes(event.target.value));
                    if (!stillValid) setValue("agreementId", "");
                  },
                })}
              />
            </FormField>
            <FormField label={f("agreement")} description={f("agreementHint")} error={fieldError("agreementId")}>
              <Select
                id="opportunity-agreement"
                placeholder={partnerId ? f("noAgreement") : f("choosePartnerFirst")}
                options={partnerAgreements}
                disabled={!partnerId}
                {...register("agreementId")}
              />
            </FormField>
          </div>
        </Section>

        <Section title={f("sections.audience")}>
          <FormField label={f("direction")} error={fieldError("direction")} required>
            <Select id="opportunity-direction" options={DIRECTIONS.map((value) => ({ value, label: t(`opportunities.direction.${value}`) }))} {...register("direction")} />
          </FormField>
          <fieldset className="min-w-0 space-y-2" aria-describedby={audienceError ? "audience-error" : undefined}>
            <legend className="text-sm font-medium">
              {f("audience")}
              <span aria-hidden="true" className="ml-0.5 text-destructive">*</span>
            </legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {AUDIENCES.map((value) => (
                <FormField key={value} label={t(`opportunities.audience.${value}`)} layout="inline">
                  <Checkbox id={`audience-${value}`} value={value} {...register("audience")} />
                </FormField>
              ))}
            </div>
            {audienceError && (
              <p id="audience-error" className="text-sm font-medium text-destructive">
                {audienceError}
              </p>
            )}
          </fieldset>
          <SubjectPicker options={subjects} legend={f("subjects")} hint={f("subjectsHint")} emptyLabel={f("noSubjects")} error={fieldError("subjectAreas")} />
        </Section>

        <Section title={f("sections.terms")}>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField label={f("places")} description={f("placesHint")} error={fieldError("places")} required>
              <Input id="opportunity-places" type="number" inputMode="numeric" min={1} max={1000} {...register("places")} />
            </FormField>
            <FormField label={f("durationMonths")} error={fieldError("durationMonths")}>
              <Input id="opportunity-duration" type="number" inputMode="decimal" min={0.5} max={60} step={0.5} {...register("durationMonths")} />
            </FormField>
            <FormField label={f("academicYear")} description={f("academicYearHint")} error={fieldError("academicYear")} required>
              <Input id="opportunity-year" type="number" inputMode="numeric" min={2000} max={2100} {...register("academicYear")} />
            </FormField>
          </div>
        </Section>

        <Section title={f("sections.requirements")}>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField label={f("language")} error={fieldError("language")}>
              <Input id="opportunity-language" {...register("language")} />
            </FormField>
            <FormField label={f("languageLevel")} error={fieldError("languageLevel")}>
              <Select
                id="opportunity-language-level"
                placeholder={f("noLanguageLevel")}
                options={CEFR_CODES.map((code) => ({ value: code, label: code }))}
                {...register("languageLevel")}
              />
            </FormField>
          </div>
        </Section>

        <Section title={f("sections.criteria")}>
          <CriteriaFields fieldError={fieldError} />
        </Section>

        <Section title={f("sections.documents")}>
          <DocumentFields fieldError={fieldError} />
        </Section>

        <Section title={f("sections.window")}>
          <p className="text-sm text-muted-foreground">{f("timeZoneHint", { zone: timeZone })}</p>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField label={f("opensAt")} error={fieldError("opensAt")} required>
              <Input id="opportunity-opens" type="datetime-local" {...register("opensAt")} />
            </FormField>
            <FormField label={f("closesAt")} error={fieldError("closesAt")} required>
              <Input id="opportunity-closes" type="datetime-local" {...register("closesAt")} />
            </FormField>
          </div>
        </Section>

        <Button type="submit" size="lg" disabled={isSubmitting}>
          {isSubmitting ? f("saving") : existing ? f("save") : f("create")}
        </Button>
      </form>
    </FormProvider>
  );
}
