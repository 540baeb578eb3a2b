import { z } from "zod";
import { locales } from "@/i18n/config";
import { emailField, newPasswordField, personNameField } from "@/lib/auth/schemas";
import { choice, requiredText } from "@/lib/forms/fields";
import { countryCodeField, erasmusCodeField, timeZoneField } from "@/lib/institution/details-schemas";
import { emailDomainsField } from "@/lib/institution/email-domains";
import { optionalLogo } from "@/lib/institution/logo-rules";
import { emptyTranslations, translationsSchema } from "@/lib/translations/schema";

/**
 * The first-run setup form: the institution and its first admin, shared by the form and its action
 * (no server imports). The name and short name are written in each language (decision 010): the
 * plain fields hold the default language chosen here, `translations` the others.
 */

export const SETUP_TEXT_MAX = { name: 200, shortName: 30 } as const;
export const SETUP_TEXT_FIELDS = Object.keys(SETUP_TEXT_MAX) as (keyof typeof SETUP_TEXT_MAX)[];

export const setupSchema = z
  .strictObject({
    /** The one-time token from the server log; checked by the service, which refuses a wrong one. */
    token: z.string("setup.errors.invalidToken").max(200, "setup.errors.invalidToken").default(""),
    defaultLanguage: choice(locales),
    name: requiredText(SETUP_TEXT_MAX.name),
    shortName: requiredText(SETUP_TEXT_MAX.shortName),
    translations: translationsSchema(SETUP_TEXT_MAX),
    address: requiredText(500),
    countryCode: countryCodeField,
    timeZone: timeZoneField,
    emailDomains: emailDomainsField,
    erasmusCode: erasmusCodeField,
    logo: optionalLogo,
    adminName: personNameField,
    adminEmail: emailField,
    adminPassword: newPasswordField,
    adminConfirmPassword: z.string("auth.validation.required"),
  })
  .superRefine((value, ctx) => {
    if (value.adminPassword !== value.adminConfirmPassword) {
      ctx.addIssue({ code: "custom", path: ["adminConfirmPassword"], message: "auth.validation.passwordsDontMatch" });
    }
  });

export type SetupInput = z.output<typeof setupSchema>;
export type SetupFormValues = z.input<typeof setupSchema>;

/** The form's first values: the browser's time zone is a good guess, English the default language. */
export function emptySetupForm(token: string, timeZone: string): SetupFormValues {
  return {
    token,
    defaultLanguage: "en",
    name: "",
    shortName: "",
    translations: emptyTranslations(SETUP_TEXT_FIELDS),
    address: "",
    countryCode: "",
    timeZone,
    emailDomains: "",
    erasmusCode: "",
    adminName: "",
    adminEmail: "",
    adminPassword: "",
    adminConfirmPassword: "",
  };
}
