import { z } from "zod";
import type { Partner } from "@/lib/generated/prisma/client";
import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { blankToNull, checkbox, checkboxList, choice, longText, optionalText, optionalUrl, requiredText } from "@/lib/forms/fields";
import { formValuesFrom } from "@/lib/forms/form-values";
import { COUNTRIES } from "@/lib/reference/countries";
import { COOPERATION_AREAS } from "./constants";
import { normalizeErasmusCode, normalizePic, normalizeSchacCode } from "./identifiers";

/**
 * A partner's editable fields, defined once. The form schema, the Prisma select, the data a save
 * writes, the import columns, the export columns and the rows of the staff detail and merge pages
 * are all read from `PARTNER_FIELDS`, so adding a plain field to Partner means: the column in
 * prisma/schema.prisma and its migration, one entry here, its input in partner-form.tsx, and its
 * label `partners.fields.<key>` in the three catalogues. No server imports: the form loads this file.
 */

export const COUNTRY_CODES = COUNTRIES.map((country) => country.code) as [string, ...string[]];

/** An ISO country code, in any case ("de" → "DE"). */
export const countryField = z
  .string("common.form.errors.required")
  .trim()
  .toUpperCase()
  .pipe(z.enum(COUNTRY_CODES, "partners.validation.country"));

/** An identifier in its one canonical spelling, so the unique index catches however it was typed; blank is null. */
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

export interface PartnerFieldSpec {
  /** The zod piece the form, the action and the importer all parse the field with. */
  schema: z.ZodType;
  /** Its value in the form for a new partner. */
  empty: unknown;
  /** Its header in export files; the importer recognises it, the key and the aliases. */
  column: string;
  aliases?: readonly string[];
  /** An import file must map a column to it. */
  required?: boolean;
  /** Excel column width, in characters. */
  width?: number;
  /** Shown in the read-only record on the staff detail page; "wide" spans the whole row. */
  detail?: "narrow" | "wide";
  /** Compared side by side before two partners are merged. */
  compare?: boolean;
}

// The order is the order of the export file's columns.
export const PARTNER_FIELDS = {
  name: {
    schema: requiredText(200),
    empty: "",
    column: "name",
    aliases: ["partner", "partner name", "institution", "organization", "organisation", "university", "ad", "adı", "название", "наименование"],
    required: true,
    width: 40,
  },
  kind: {
    schema: choice(PartnerKind),
    empty: "UNIVERSITY",
    column: "kind",
    aliases: ["type", "partner type", "category", "növ", "tip", "тип", "вид"],
    required: true,
    width: 18,
    detail: "narrow",
    compare: true,
  },
  countryCode: {
    schema: countryField,
    empty: "",
    column: "country",
    aliases: ["country code", "iso", "ölkə", "страна"],
    required: true,
    width: 8,
    // Shown with the city ("Lyon, France").
    detail: "narrow",
    compare: true,
  },
  city: { schema: optionalText(120), empty: "", column: "city", aliases: ["town", "şəhər", "город"] },
  website: {
    schema: optionalUrl,
    empty: "",
    column: "website",
    aliases: ["web", "web site", "url", "homepage", "sayt", "сайт", "веб-сайт"],
    width: 30,
    detail: "narrow",
  },
  erasmusCode: {
    schema: identifierField(normalizeErasmusCode, "partners.validation.erasmusCode"),
    empty: "",
    column: "erasmusCode",
    aliases: ["erasmus", "erasmus code", "erasmus id", "erasmus kodu", "код erasmus"],
    width: 14,
    detail: "narrow",
    compare: true,
  },
  schacCode: {
    schema: identifierField(normalizeSchacCode, "partners.validation.schacCode"),
    empty: "",
    column: "schacCode",
    aliases: ["schac", "schac code", "schac home organization"],
    detail: "narrow",
    compare: true,
  },
  pic: {
    schema: identifierField(normalizePic, "partners.validation.pic"),
    empty: "",
    column: "pic",
    aliases: ["pic code", "participant identification code"],
    width: 12,
    detail: "narrow",
    compare: true,
  },
  status: {
    schema: choice(PartnerStatus),
    empty: "PROSPECT",
    column: "status",
    aliases: ["state", "vəziyyət", "статус"],
    width: 10,
  },
  isPublic: {
    schema: checkbox,
    empty: true,
    column: "public",
    aliases: ["visible", "published", "açıq", "публичный"],
    width: 8,
  },
  areas: {
    schema: checkboxList(choice(COOPERATION_AREAS)),
    empty: [],
    column: "areas",
    aliases: ["area", "areas of cooperation", "cooperation areas", "tags", "sahələr", "области сотрудничества"],
    width: 30,
    detail: "narrow",
  },
  description: {
    schema: longText(5000),
    empty: "",
    column: "description",
    aliases: ["cooperation", "description of cooperation", "public description", "təsvir", "описание"],
    width: 60,
    detail: "wide",
  },
  internalNotes: {
    schema: longText(5000),
    empty: "",
    column: "internalNotes",
    aliases: ["internal notes", "notes", "comment", "comments", "qeydlər", "заметки"],
    width: 40,
    detail: "wide",
  },
} satisfies Partial<Record<keyof Partner, PartnerFieldSpec>>;

export type PartnerFieldKey = keyof typeof PARTNER_FIELDS;

export const PARTNER_FIELD_KEYS = Object.keys(PARTNER_FIELDS) as PartnerFieldKey[];

/** A partner's editable fields as stored. */
export type PartnerFieldValues = Pick<Partner, PartnerFieldKey>;

/** One field's definition in the common shape, for code that goes through every field. */
export function partnerField(key: PartnerFieldKey): PartnerFieldSpec {
  return PARTNER_FIELDS[key];
}

/** The zod object shape of the editable fields (for `z.strictObject`). */
export const partnerFieldsShape = Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, PARTNER_FIELDS[key].schema])) as {
  [K in PartnerFieldKey]: (typeof PARTNER_FIELDS)[K]["schema"];
};

type PartnerFieldsInput = z.input<z.ZodObject<typeof partnerFieldsShape>>;

/** The form's values for a new partner. */
export const EMPTY_PARTNER_FORM = Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, PARTNER_FIELDS[key].empty])) as PartnerFieldsInput;

/** The form's values for an existing partner (null columns become empty inputs). */
export function partnerFormValues(partner: PartnerFieldValues): PartnerFieldsInput {
  return formValuesFrom(EMPTY_PARTNER_FORM, partner);
}

/** Selects exactly the editable columns (typed, so Prisma's result type names each of them). */
export const partnerEditableSelect = Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, true])) as { [K in PartnerFieldKey]: true };

/** The editable fields of a parsed form, import row or record, and nothing else. */
export function pickPartnerFields<T extends Record<PartnerFieldKey, unknown>>(source: T): Pick<T, PartnerFieldKey> {
  return Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, source[key]])) as Pick<T, PartnerFieldKey>;
}
