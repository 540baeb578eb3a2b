"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { localeLabels, locales, type AppLocale } from "@/i18n/config";
import { useActionForm } from "@/lib/forms/use-action-form";
import { institutionDetailsSchema, RETENTION_DAYS, type InstitutionDetailsFormValues } from "@/lib/institution/details-schemas";
import { updateInstitutionDetailsAction } from "@/lib/institution/settings-actions";

export interface InstitutionDetailsFormProps {
  values: InstitutionDetailsFormValues;
  /** Once other records hold texts, the default language is shown with the reason, not offered (decision 010). */
  languageChangeable: boolean;
  defaultLanguage: AppLocale;
  timeZones: string[];
  currencies: SelectOption[];
  /** Every country, named and sorted in the reader's language. */
  countries: readonly SelectOption[];
}

/** Country, time zone, default language, currency, identifiers, the office's own contacts, e-mail domains and data retention. */
export function InstitutionDetailsForm({ values, languageChangeable, defaultLanguage, timeZones, currencies, countries }: InstitutionDetailsFormProps) {
  const t = useTranslations("admin.settings.details");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: institutionDetailsSchema,
    action: updateInstitutionDetailsAction,
    defaultValues: values,
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("country")} description={t("countryHint")} error={fieldError("countryCode")}>
          <Select id="settings-country" placeholder={t("countryNone")} options={countries} {...register("countryCode")} />
        </FormField>
        <FormField label={t("timeZone")} description={t("timeZoneHint")} error={fieldError("timeZone")} required>
          <Select id="settings-time-zone" options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))} {...register("timeZone")} />
        </FormField>
        {languageChangeable ? (
          <FormField label={t("defaultLanguage")} description={t("defaultLanguageHint")} error={fieldError("defaultLanguage")} required>
            <Select id="settings-default-language" options={locales.map((code) => ({ value: code, label: localeLabels[code] }))} {...register("defaultLanguage")} />
          </FormField>
        ) : (
          <div className="space-y-1.5">
            <p className="text-sm font-medium">{t("defaultLanguage")}</p>
            <p lang={defaultLanguage}>{localeLabels[defaultLanguage]}</p>
            <p className="text-sm text-muted-foreground">{t("defaultLanguageLocked")}</p>
            <input type="hidden" {...register("defaultLanguage")} />
          </div>
        )}
        <FormField label={t("currency")} description={t("currencyHint")} error={fieldError("currency")} required>
          <Select id="settings-currency" options={currencies} {...register("currency")} />
        </FormField>
        <FormField label={t("erasmusCode")} description={t("erasmusCodeHint")} error={fieldError("erasmusCode")}>
          <Input id="settings-erasmus-code" autoComplete="off" spellCheck={false} {...register("erasmusCode")} />
        </FormField>
        <FormField label={t("website")} error={fieldError("website")}>
          <Input id="settings-website" type="url" inputMode="url" {...register("website")} />
        </FormField>
        <FormField label={t("email")} description={t("emailHint")} error={fieldError("email")}>
          <Input id="settings-email" type="email" inputMode="email" {...register("email")} />
        </FormField>
        <FormField label={t("phone")} error={fieldError("phone")}>
          <Input id="settings-phone" type="tel" {...register("phone")} />
        </FormField>
        <FormField label={t("officeHeadName")} description={t("officeHeadNameHint")} error={fieldError("officeHeadName")}>
          <Input id="settings-office-head" autoComplete="off" {...register("officeHeadName")} />
        </FormField>
      </div>
      <FormField label={t("emailDomains")} description={t("emailDomainsHint")} error={fieldError("emailDomains")} required>
        <Input id="settings-email-domains" autoComplete="off" spellCheck={false} {...register("emailDomains")} />
      </FormField>
      <FormField label={t("retentionDays")} description={t("retentionDaysHint")} error={fieldError("visitDataRetentionDays")} required className="max-w-xs">
        <Input id="settings-retention" type="number" inputMode="numeric" min={RETENTION_DAYS.min} max={RETENTION_DAYS.max} {...register("visitDataRetentionDays")} />
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
      </Button>
    </form>
  );
}
