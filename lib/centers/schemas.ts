import { z } from "zod";
import { checkbox, longText, optionalEmail, optionalPhone, optionalUrl, pageParam, recordId, requiredText, searchQuery, versionField } from "@/lib/forms/fields";
import { formValuesFrom } from "@/lib/forms/form-values";

/** Center schemas shared by the staff form and the server actions, built from lib/forms/fields.ts. */

export const centerFieldsSchema = z.strictObject({
  name: requiredText(200),
  organization: requiredText(200),
  description: longText(5000),
  location: longText(300),
  email: optionalEmail,
  phone: optionalPhone,
  website: optionalUrl,
  openingHours: longText(500),
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
  isPublic: true,
};

/** The form's values for an existing center (null columns become empty inputs). */
export function centerFormValues(center: Record<keyof CenterFieldsInput, unknown>): CenterFieldsInput {
  return formValuesFrom(EMPTY_CENTER_FORM, center);
}

export const createCenterSchema = centerFieldsSchema;
export const updateCenterSchema = centerFieldsSchema.extend({ id: recordId, version: versionField });
export const setCenterPublishedSchema = z.strictObject({ id: recordId, version: versionField, isPublic: checkbox });

export const centerFilterSchema = z.object({ q: searchQuery, page: pageParam(10_000) });

export type CenterFilter = z.output<typeof centerFilterSchema>;
