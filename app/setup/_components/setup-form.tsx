"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { Path } from "react-hook-form";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { isLocale, localeLabels, locales, type AppLocale } from "@/i18n/config";
import { useActionForm } from "@/lib/forms/use-action-form";
import { LOGO_ACCEPT, LOGO_MAX_KB } from "@/lib/institution/logo-rules";
import { completeSetupAction } from "@/lib/setup/actions";
import { emptySetupForm, SETUP_TEXT_FIELDS, setupSchema, type SetupFormValues } from "@/lib/setup/schemas";
import { PasswordInput } from "@/app/(auth)/_components/password-input";

export interface SetupFormProps {
  /** The one-time token from the address; the action checks it again. */
  token: string;
  /** Every IANA time zone the server knows. */
  timeZones: string[];
  /** Every country, named and sorted in the reader's language. */
  countries: readonly SelectOption[];
}

/**
 * The institution and its first admin in one form. The name and short name are written per language
 * in tabs, the chosen default language first; choosing another default language moves what was typed
 * along with it, so every text stays under the language it was written in.
 */
export function SetupForm({ token, timeZones, countries }: SetupFormProps) {
  const t = useTranslations("setup");
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: setupSchema,
    action: completeSetupAction,
    // On success the action sends the browser to /setup/done.
    defaultValues: emptySetupForm(token, ""),
  });
  const [defaultLanguage, setDefaultLanguage] = useState<AppLocale>("en");
  const { register, setValue, getValues, formState } = form;

  // The browser's own zone is the likeliest answer; rendered on the server, the field starts empty.
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!getValues("timeZone") && timeZones.includes(zone)) setValue("timeZone", zone);
  }, [getValues, setValue, timeZones]);

  /** The texts typed under the old default language move to its tab; the new one's come into the plain fields. */
  function changeDefaultLanguage(next: AppLocale) {
    for (const field of SETUP_TEXT_FIELDS) {
      const plain = String(getValues(field) ?? "");
      const nextPath = `translations.${next}.${field}` as Path<SetupFormValues>;
      setValue(field, String(getValues(nextPath) ?? ""));
      setValue(`translations.${defaultLanguage}.${field}` as Path<SetupFormValues>, plain);
      setValue(nextPath, "");
    }
    setDefaultLanguage(next);
  }

  const languageField = register("defaultLanguage");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert error={formError} />

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("institution.legend")}</legend>
        <FormField label={t("institution.defaultLanguage")} description={t("institution.defaultLanguageHint")} error={fieldError("defaultLanguage")} required>
          <Select
            id="setup-default-language"
            options={locales.map((code) => ({ value: code, label: localeLabels[code] }))}
            {...languageField}
            onChange={(event) => {
              void languageField.onChange(event);
              if (isLocale(event.target.value)) changeDefaultLanguage(event.target.value);
            }}
          />
        </FormField>
        <LanguageTabs
          form={form}
          fieldError={fieldError}
          defaultLanguage={defaultLanguage}
          idPrefix="setup"
          fields={[
            { name: "name", label: t("institution.name"), required: true },
            { name: "shortName", label: t("institution.shortName"), description: t("institution.shortNameHint"), required: true },
          ]}
        />
        <FormField label={t("institution.address")} description={t("institution.addressHint")} error={fieldError("address")} required>
          <Textarea id="setup-address" rows={2} autoComplete="street-address" {...register("address")} />
        </FormField>
        <FormField label={t("institution.country")} error={fieldError("countryCode")} required>
          <Select id="setup-country" placeholder={t("institution.countryChoose")} options={countries} {...register("countryCode")} />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("institution.timeZone")} description={t("institution.timeZoneHint")} error={fieldError("timeZone")} required>
            <Select id="setup-time-zone" placeholder={t("institution.timeZoneChoose")} options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))} {...register("timeZone")} />
          </FormField>
          <FormField label={t("institution.erasmusCode")} description={t("institution.erasmusCodeHint")} error={fieldError("erasmusCode")}>
            <Input id="setup-erasmus-code" autoComplete="off" spellCheck={false} {...register("erasmusCode")} />
          </FormField>
        </div>
        <FormField label={t("institution.emailDomains")} description={t("institution.emailDomainsHint")} error={fieldError("emailDomains")} required>
          <Input id="setup-email-domains" autoComplete="off" spellCheck={false} inputMode="url" {...register("emailDomains")} />
        </FormField>
        <FormField label={t("institution.logo")} description={t("institution.logoHint", { maxKb: LOGO_MAX_KB })} error={fieldError("logo")}>
          <Input
            id="setup-logo"
            type="file"
            accept={LOGO_ACCEPT}
            className="h-auto py-2"
            onChange={(event) => setValue("logo", event.target.files?.[0], { shouldValidate: true })}
          />
        </FormField>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("admin.legend")}</legend>
        <p className="text-sm text-muted-foreground">{t("admin.description")}</p>
        <FormField label={t("admin.name")} error={fieldError("adminName")} required>
          <Input id="setup-admin-name" autoComplete="name" {...register("adminName")} />
        </FormField>
        <FormField label={t("admin.email")} error={fieldError("adminEmail")} required>
          <Input id="setup-admin-email" type="email" autoComplete="email" inputMode="email" {...register("adminEmail")} />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("admin.password")} description={t("admin.passwordHint")} error={fieldError("adminPassword")} required>
            <PasswordInput id="setup-admin-password" autoComplete="new-password" {...register("adminPassword")} />
          </FormField>
          <FormField label={t("admin.confirmPassword")} error={fieldError("adminConfirmPassword")} required>
            <PasswordInput id="setup-admin-confirm" autoComplete="new-password" {...register("adminConfirmPassword")} />
          </FormField>
        </div>
      </fieldset>

      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
