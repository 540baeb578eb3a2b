import { z } from "zod";
import { COUNTRIES } from "@/lib/reference/countries";
import { WorldRegion } from "@/lib/generated/prisma/enums";
import { COOPERATION_AREAS, PARTNER_KINDS, PARTNER_STATUSES } from "./constants";
import { normalizeErasmusCode, normalizePic, normalizeSchacCode } from "./identifiers";

/**
 * Partner schemas shared by the forms (zodResolver) and the server actions. Messages are translation
 * keys. Every transform is idempotent (its output parses to itself), because the form sends the
 * parsed values and the action parses them again.
 */

const COUNTRY_CODES = COUNTRIES.map((country) => country.code) as [string, ...string[]];
const REGIONS = Object.values(WorldRegion) as [WorldRegion, ...WorldRegion[]];

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value ?? null);

/** A trimmed optional text; empty becomes null. */
export function optionalText(max: number) {
  return z.preprocess(blankToNull, z.string().trim().max(max, "common.form.errors.invalid").nullable());
}

export function requiredText(max: number) {
  return z
    .string("common.form.errors.required")
    .trim()
    .min(1, "common.form.errors.required")
    .max(max, "common.form.errors.invalid");
}

export const checkboxField = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

/** A web address; "www.uni.edu" is completed to "https://www.uni.edu". */
export const websiteField = z.preprocess(
  (value) => {
    const text = blankToNull(value);
    if (typeof text !== "string") return text;
    const trimmed = text.trim();
    return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  },
  z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "common.form.errors.invalidUrl" })
    .max(300, "common.form.errors.invalidUrl")
    .nullable(),
);

function identifierField(normalize: (input: string) => string | null, message: string) {
  return z.preprocess(blankToNull, z.string().nullable()).transform((value, ctx) => {
    if (value === null) return null;
    const normalized = normalize(value);
    if (normalized === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return normalized;
  });
}

export const erasmusCodeField = identifierField(normalizeErasmusCode, "partners.validation.erasmusCode");
export const schacCodeField = identifierField(normalizeSchacCode, "partners.validation.schacCode");
export const picField = identifierField(normalizePic, "partners.validation.pic");

export const countryField = z
  .string("common.form.errors.required")
  .trim()
  .toUpperCase()
  .pipe(z.enum(COUNTRY_CODES, "partners.validation.country"));

export const areasField = z
  .preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(COOPERATION_AREAS, "common.form.errors.invalidOption")).max(COOPERATION_AREAS.length),
  )
  .transform((areas) => [...new Set(areas)]);

export const partnerFieldsSchema = z.strictObject({
  name: requiredText(200),
  kind: z.enum(PARTNER_KINDS, "common.form.errors.invalidOption"),
  countryCode: countryField,
  city: optionalText(120),
  website: websiteField,
  erasmusCode: erasmusCodeField,
  schacCode: schacCodeField,
  pic: picField,
  description: z.string().trim().max(5000, "partners.validation.descriptionTooLong").default(""),
  areas: areasField,
  status: z.enum(PARTNER_STATUSES, "common.form.errors.invalidOption"),
  isPublic: checkboxField,
  internalNotes: z.string().trim().max(5000, "partners.validation.notesTooLong").default(""),
});

export type PartnerFieldsInput = z.input<typeof partnerFieldsSchema>;
export type PartnerFields = z.output<typeof partnerFieldsSchema>;

export const createPartnerSchema = partnerFieldsSchema.extend({
  /** Set when the officer has seen the similar-name warning and creates the partner anyway. */
  acknowledgeSimilar: checkboxField.optional(),
});

const versionField = z.coerce.number().int().min(1);

export const updatePartnerSchema = partnerFieldsSchema.extend({ id: z.uuid(), version: versionField });

export const setPartnerArchivedSchema = z.strictObject({ id: z.uuid(), version: versionField, archived: checkboxField });

export const contactFieldsSchema = z.strictObject({
  name: requiredText(160),
  position: optionalText(160),
  email: z.preprocess(
    (value) => (typeof value === "string" ? blankToNull(value.trim().toLowerCase()) : (value ?? null)),
    z.email("common.form.errors.invalidEmail").max(254, "common.form.errors.invalidEmail").nullable(),
  ),
  phone: z.preprocess(
    blankToNull,
    z.string().trim().regex(/^\+?[0-9 ()./-]{5,40}$/, "partners.validation.phone").nullable(),
  ),
  isPublic: checkboxField,
});

export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;

export const addContactSchema = contactFieldsSchema.extend({ partnerId: z.uuid() });
export const updateContactSchema = contactFieldsSchema.extend({ id: z.uuid() });
export const removeContactSchema = z.strictObject({ id: z.uuid() });

export const mergePartnersSchema = z
  .strictObject({
    keepId: z.uuid(),
    keepVersion: versionField,
    absorbId: z.uuid(),
    absorbVersion: versionField,
  })
  .refine((value) => value.keepId !== value.absorbId, { message: "partners.merge.samePartner", path: ["absorbId"] });

export const similarPartnersSchema = z.strictObject({
  name: requiredText(200),
  countryCode: countryField,
  excludeId: z.uuid().optional(),
});

// ─── URL filters (never throw: a tampered parameter falls back to "no filter") ───

const optionalParam = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema.optional()).catch(undefined);

const pageParam = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1).max(100_000)).catch(1);

const commonFilters = {
  q: optionalParam(z.string().trim().max(200)),
  kind: optionalParam(z.enum(PARTNER_KINDS)),
  country: optionalParam(z.string().trim().toUpperCase().pipe(z.enum(COUNTRY_CODES))),
  region: optionalParam(z.enum(REGIONS)),
  area: optionalParam(z.enum(COOPERATION_AREAS)),
  page: pageParam,
};

export const STAFF_SORT_KEYS = ["name", "country", "kind", "status", "updated"] as const;
export type StaffSortKey = (typeof STAFF_SORT_KEYS)[number];

export const staffPartnerFilterSchema = z.object({
  ...commonFilters,
  status: optionalParam(z.enum(PARTNER_STATUSES)),
  archived: optionalParam(z.enum(["active", "archived", "all"])).transform((value) => value ?? "active"),
  sort: optionalParam(z.enum(STAFF_SORT_KEYS)).transform((value) => value ?? "name"),
  dir: optionalParam(z.enum(["asc", "desc"])).transform((value) => value ?? "asc"),
});

export type StaffPartnerFilter = z.output<typeof staffPartnerFilterSchema>;

export const publicPartnerFilterSchema = z.object(commonFilters);

export type PublicPartnerFilter = z.output<typeof publicPartnerFilterSchema>;
