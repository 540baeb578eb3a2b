"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormProvider } from "react-hook-form";
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
import { createGrantCallAction, updateGrantCallAction } from "@/lib/grant-calls/actions";
import { CURRENCIES, GRANT_AUDIENCES, grantCallFormSchema, LEAD_DAY_CHOICES, type GrantCallFormInput } from "@/lib/grant-calls/schemas";
import { SubjectPicker, type Option } from "@/components/content/subject-picker";

export interface GrantCallFormProps {
  /** Present when editing: the record and the version the user loaded (optimistic locking). */
  existing?: { id: string; version: number };
  defaults: GrantCallFormInput;
  subjects: Option[];
  timeZones: string[];
  institutionTimeZone: string;
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

/** A group of checkboxes with its legend and one error under it. */
function CheckboxGroup({ legend, hint, error, required, children }: { legend: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium">
        {legend}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
        )}
      </legend>
      {hint && <p className="text-sm text-muted-foreground">{hint}</p>}
      <div className="flex flex-wrap gap-x-6 gap-y-2">{children}</div>
      {error && <p className="text-sm font-medium text-destructive">{error}</p>}
    </fieldset>
  );
}

/**
 * Create or edit a grant call. The zod schema checks it here and again in the action; server errors
 * land next to their fields, and the form keeps what was typed when saving fails. The deadline is
 * sent as typed, so the server reads it on the clock of the chosen time zone.
 */
export function GrantCallForm({ existing, defaults, subjects, timeZones, institutionTimeZone, defaultLanguage }: GrantCallFormProps) {
  const t = useTranslations("grantCalls");
  const f = (key: string, values?: Record<string, string | number>) => t(`form.${key}`, values);
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: grantCallFormSchema,
    action: (values) => (existing ? updateGrantCallAction({ ...values, ...existing }) : createGrantCallAction(values)),
    defaultValues: defaults,
    onSuccess: (data) => {
      toast.success(existing ? f("saved") : f("created"));
      router.push(`/dashboard/grant-calls/${data.id}`);
    },
  });
  const { register } = form;
  const { isSubmitting } = form.formState;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <FormAlert error={formError} />

        <Section title={f("sections.texts")}>
          <LanguageTabs
            form={form}
            fieldError={fieldError}
            defaultLanguage={defaultLanguage}
            idPrefix="grant-call"
            fields={[
              { name: "title", label: f("title"), description: f("titleHint"), required: true },
              { name: "description", label: f("description"), rows: 6 },
              { name: "eligibility", label: f("eligibility"), description: f("eligibilityHint"), rows: 4 },
            ]}
          />
        </Section>

        <Section title={f("sections.basics")}>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField label={f("funder")} description={f("funderHint")} error={fieldError("funder")} required>
              <Input id="grant-call-funder" autoComplete="off" maxLength={200} {...register("funder")} />
            </FormField>
            <FormField label={f("program")} description={f("programHint")} error={fieldError("program")}>
              <Input id="grant-call-program" autoComplete="off" maxLength={200} {...register("program")} />
            </FormField>
            <FormField label={f("url")} error={fieldError("url")} className="md:col-span-2">
              <Input id="grant-call-url" type="url" inputMode="url" autoComplete="off" {...register("url")} />
            </FormField>
          </div>
        </Section>

        <Section title={f("sections.audience")}>
          <CheckboxGroup legend={f("audiences")} error={fieldError("audiences")} required>
            {GRANT_AUDIENCES.map((value) => (
              <FormField key={value} label={t(`audience.${value}`)} layout="inline">
                <Checkbox id={`grant-call-audience-${value}`} value={value} {...register("audiences")} />
              </FormField>
            ))}
          </CheckboxGroup>
          <SubjectPicker options={subjects} legend={f("subjects")} hint={f("subjectsHint")} emptyLabel={f("noSubjects")} error={fieldError("subjectAreas")} />
        </Section>

        <Section title={f("sections.deadline")}>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField label={f("deadline")} description={f("deadlineHint")} error={fieldError("deadline")} required>
              <Input id="grant-call-deadline" type="datetime-local" {...register("deadline")} />
            </FormField>
            <FormField label={f("timeZone")} description={f("timeZoneHint")} error={fieldError("timeZone")}>
              <Select
                id="grant-call-time-zone"
                placeholder={f("institutionZone", { zone: institutionTimeZone })}
                options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
                {...register("timeZone")}
              />
            </FormField>
          </div>
          <CheckboxGroup legend={f("reminderLeadDays")} hint={f("reminderLeadDaysHint")} error={fieldError("reminderLeadDays")}>
            {LEAD_DAY_CHOICES.map((days) => (
              <FormField key={days} label={f("leadDays", { days })} layout="inline">
                <Checkbox id={`grant-call-lead-${days}`} value={String(days)} {...register("reminderLeadDays")} />
              </FormField>
            ))}
          </CheckboxGroup>
        </Section>

        <Section title={f("sections.budget")}>
          <p className="text-sm text-muted-foreground">{f("budgetHint")}</p>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <FormField label={f("budgetMin")} error={fieldError("budgetMin")}>
              <Input id="grant-call-budget-min" type="number" inputMode="decimal" min={0} step="0.01" {...register("budgetMin")} />
            </FormField>
            <FormField label={f("budgetMax")} error={fieldError("budgetMax")}>
              <Input id="grant-call-budget-max" type="number" inputMode="decimal" min={0} step="0.01" {...register("budgetMax")} />
            </FormField>
            <FormField label={f("currency")} error={fieldError("currency")}>
              <Select id="grant-call-currency" placeholder={f("noCurrency")} options={CURRENCIES.map((code) => ({ value: code, label: code }))} {...register("currency")} />
            </FormField>
          </div>
        </Section>

        <Section title={f("sections.visibility")}>
          <FormField label={f("isPublic")} description={f("isPublicHint")} layout="inline" error={fieldError("isPublic")}>
            <Checkbox id="grant-call-public" {...register("isPublic")} />
          </FormField>
        </Section>

        <Button type="submit" size="lg" disabled={isSubmitting}>
          {isSubmitting ? f("saving") : existing ? f("save") : f("create")}
        </Button>
      </form>
    </FormProvider>
  );
}
