import { z } from "zod";
import { checkbox, longText, optionalEmail, optionalPhone, optionalUrl, pageParam, recordId, requiredText, searchQuery, versionField } from "@/lib/forms/fields";
import { formValuesFrom } from "@/lib/forms/form-values";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";

/** Center schemas shared by the staff form and the server actions, built from lib/forms/fields.ts. */

/** The texts staff write in each language (decision 010), with their longest lengths. */
const CENTER_TEXT_MAX = { name: 200, description: 5000, location: 300, openingHours: 500 } as const;

/** The translatable fields of a center; the organization, contacts and website are the same in every language. */
export const CENTER_TEXT_FIELDS = Object.keys(CENTER_TEXT_MAX) as (keyof typeof CENTER_TEXT_MAX)[];

export type CenterTextField = (typeof CENTER_TEXT_FIELDS)[number];

export const centerFieldsSchema = z.strictObject({
  name: requiredText(CENTER_TEXT_MAX.name),
  organization: requiredText(200),
  description: longText(CENTER_TEXT_MAX.description),
  location: longText(CENTER_TEXT_MAX.location),
  email: optionalEmail,
  phone: optionalPhone,
  website: optionalUrl,
  openingHours: longText(CENTER_TEXT_MAX.openingHours),
  translations: translationsSchema(CENTER_TEXT_MAX),
  isPublic: checkbox,
});

export type CenterFieldsInput = z.input<typeof centerFieldsSchema>;
export type CenterFields = z.output<typeof centerFieldsSchema>;

/** The form's values for a new center. */
export const EMPTY_CENTER_FORM: CenterFieldsInput = {
  name: "",
  organization: "",
  description: "",
  location: "",
  email: "",
  phone: "",
  website: "",
  openingHours: "",
  translations: emptyTranslations(CENTER_TEXT_FIELDS),
  isPublic: true,
};

/** The form's values for an existing center (null columns become empty inputs, stored translations fill their tabs). */
export function centerFormValues(center: Record<keyof CenterFieldsInput, unknown>): CenterFieldsInput {
  return {
    ...formValuesFrom(EMPTY_CENTER_FORM, center),
    translations: translationFormValues(readTranslations(center.translations, CENTER_TEXT_FIELDS), CENTER_TEXT_FIELDS),
  };
}

export const createCenterSchema = centerFieldsSchema;
export const updateCenterSchema = centerFieldsSchema.extend({ id: recordId, version: versionField });
export const setCenterPublishedSchema = z.strictObject({ id: recordId, version: versionField, isPublic: checkbox });

export const centerFilterSchema = z.object({ q: searchQuery, page: pageParam(10_000) });

export type CenterFilter = z.output<typeof centerFilterSchema>;
