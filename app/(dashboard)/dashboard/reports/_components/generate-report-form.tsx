"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { localeLabels, locales, type AppLocale } from "@/i18n/config";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { generateReportAction } from "@/lib/reports/actions";
import { generateReportFormSchema, REPORT_KINDS } from "@/lib/reports/schemas";

export interface GenerateReportFormProps {
  /** The last whole year and quarter, offered first. */
  defaults: { year: number; quarterYear: number; quarter: number };
  language: AppLocale;
}

/**
 * Asks for a report: its kind and period, its language, and for the rankings pack the totals the
 * portal cannot know. The fields a kind does not use are hidden and ignored.
 */
export function GenerateReportForm({ defaults, language }: GenerateReportFormProps) {
  const t = useTranslations("reports.form");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: generateReportFormSchema,
    action: generateReportAction,
    defaultValues: {
      kind: "ANNUAL",
      year: String(defaults.year),
      quarter: String(defaults.quarter),
      periodStart: "",
      periodEnd: "",
      language,
      totalStudents: "",
      totalStaff: "",
      internationalStaff: "",
    },
    onSuccess: () => {
      toast.success(t("queued"));
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const kindField = form.register("kind");

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("kind")} error={fieldError("kind")} required>
          <Select
            id="report-kind"
            {...kindField}
            onChange={(event) => {
              // A quarterly report is usually of the quarter that just ended, which may be last year's.
              if (event.target.value === "QUARTERLY") form.setValue("year", String(defaults.quarterYear));
              else if (event.target.value !== "CUSTOM") form.setValue("year", String(defaults.year));
              return kindField.onChange(event);
            }}
            options={REPORT_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          />
        </FormField>
        <FormField label={t("language")} error={fieldError("language")} required>
          <Select id="report-language" {...form.register("language")} options={locales.map((value) => ({ value, label: localeLabels[value] }))} />
        </FormField>
      </div>
      {kind === "CUSTOM" ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("periodStart")} error={fieldError("periodStart")} required>
            <Input id="report-period-start" type="date" {...form.register("periodStart")} />
          </FormField>
          <FormField label={t("periodEnd")} error={fieldError("periodEnd")} required>
            <Input id="report-period-end" type="date" {...form.register("periodEnd")} />
          </FormField>
        </div>
      ) : (
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("year")} error={fieldError("year")} required>
            <Input id="report-year" type="number" inputMode="numeric" min={2000} max={2100} step={1} {...form.register("year")} />
          </FormField>
          {kind === "QUARTERLY" && (
            <FormField label={t("quarter")} error={fieldError("quarter")} required>
              <Select id="report-quarter" {...form.register("quarter")} options={["1", "2", "3", "4"].map((value) => ({ value, label: t(`quarters.${value}`) }))} />
            </FormField>
          )}
        </div>
      )}
      {kind === "RANKINGS" && (
        <fieldset className="space-y-4 rounded-md border border-border p-4">
          <legend className="px-1 text-sm font-semibold">{t("rankingsLegend")}</legend>
          <p className="text-sm text-muted-foreground">{t("rankingsHint")}</p>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField label={t("totalStudents")} error={fieldError("totalStudents")} required>
              <Input id="report-total-students" type="number" inputMode="numeric" min={1} step={1} {...form.register("totalStudents")} />
            </FormField>
            <FormField label={t("totalStaff")} error={fieldError("totalStaff")} required>
              <Input id="report-total-staff" type="number" inputMode="numeric" min={1} step={1} {...form.register("totalStaff")} />
            </FormField>
          </div>
          <FormField label={t("internationalStaff")} description={t("internationalStaffHint")} error={fieldError("internationalStaff")}>
            <Input id="report-international-staff" type="number" inputMode="numeric" min={0} step={1} className="max-w-48" {...form.register("internationalStaff")} />
          </FormField>
        </fieldset>
      )}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
