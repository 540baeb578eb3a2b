import { z } from "zod";
import { checkboxField, contactFieldsSchema, requiredText, websiteField } from "@/lib/partners/schemas";

/** Center schemas shared by the staff form and the server actions; messages are translation keys. */

const versionField = z.coerce.number().int().min(1);

export const centerFieldsSchema = z.strictObject({
  name: requiredText(200),
  organization: requiredText(200),
  description: z.string().trim().max(5000, "centers.validation.descriptionTooLong").default(""),
  location: z.string().trim().max(300, "common.form.errors.invalid").default(""),
  email: contactFieldsSchema.shape.email,
  phone: contactFieldsSchema.shape.phone,
  website: websiteField,
  openingHours: z.string().trim().max(500, "common.form.errors.invalid").default(""),
  isPublic: checkboxField,
});

export type CenterFieldsInput = z.input<typeof centerFieldsSchema>;
export type CenterFields = z.output<typeof centerFieldsSchema>;

export const createCenterSchema = centerFieldsSchema;
export const updateCenterSchema = centerFieldsSchema.extend({ id: z.uuid(), version: versionField });
export const setCenterPublishedSchema = z.strictObject({ id: z.uuid(), version: versionField, isPublic: checkboxField });

const pageParam = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1).max(10_000)).catch(1);

export const centerFilterSchema = z.object({
  q: z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), z.string().trim().max(200).optional())
    .catch(undefined),
  page: pageParam,
});

export type CenterFilter = z.output<typeof centerFilterSchema>;

