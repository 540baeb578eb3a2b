import { z } from "zod";
import { locales } from "@/i18n/config";
import { isValidTimeZone } from "@/lib/dates/zoned";
import { MESSAGES, choice, optionalChoice, optionalEmail, optionalPhone, optionalText, optionalUrl, requiredChoice, requiredText, wholeNumber } from "@/lib/forms/fields";
import { normalizeErasmusCode } from "@/lib/partners/identifiers";
import { COUNTRIES } from "@/lib/reference/countries";
import { emailDomainsField } from "./email-domains";

/**
 * The institution's details an admin sets (and the first-run setup asks for part of them): country,
 * time zone, default content language, currency, identifiers, contacts of the office as a whole, the
 * people's e-mail domains and how long visitors' personal data is kept. Shared by the forms and
 * the actions (no server imports).
 */

/** An IANA time zone the runtime knows ("Asia/Baku"). */
export const timeZoneField = requiredText(64).refine(isValidTimeZone, "admin.settings.validation.timeZone");

/** An Erasmus institution code in its canonical spelling ("AZ BAKU03"); blank becomes null. */
export const erasmusCodeField = optionalText(20).transform((value, ctx) => {
  if (value === null) return null;
  const code = normalizeErasmusCode(value);
  if (code === null) {
    ctx.addIssue({ code: "custom", message: "admin.settings.validation.erasmusCode" });
    return z.NEVER;
  }
  return code;
});

const COUNTRY_CODES = COUNTRIES.map((country) => country.code) as [string, ...string[]];

/** The institution's country (ISO 3166-1 alpha-2), chosen from the list: the setup asks for it. */
export const countryCodeField = requiredChoice(COUNTRY_CODES);

/** Whether the runtime knows the ISO 4217 code (the browser and the server both do). */
export function isKnownCurrency(code: string): boolean {
  return Intl.supportedValuesOf("currency").includes(code);
}

export const currencyField = z
  .string(MESSAGES.required)
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && isKnownCurrency(code), "admin.settings.validation.currency");

/** Days after a visit's end at which the office is reminded to erase its guests' personal data. */
export const RETENTION_DAYS = { min: 1, max: 3650 } as const;

export const institutionDetailsSchema = z.strictObject({
  /** Optional here: an installation set up before the country was asked for has none yet. */
  countryCode: optionalChoice(COUNTRY_CODES),
  timeZone: timeZoneField,
  defaultLanguage: choice(locales),
  currency: currencyField,
  erasmusCode: erasmusCodeField,
  website: optionalUrl,
  email: optionalEmail,
  phone: optionalPhone,
  officeHeadName: optionalText(200),
  emailDomains: emailDomainsField,
  visitDataRetentionDays: wholeNumber(RETENTION_DAYS.min, RETENTION_DAYS.max),
  /** The time the settings were read: a save over a newer one is refused. */
  updatedAt: z.iso.datetime("common.form.errors.invalid"),
});

export type InstitutionDetailsInput = z.output<typeof institutionDetailsSchema>;
export type InstitutionDetailsFormValues = z.input<typeof institutionDetailsSchema>;
