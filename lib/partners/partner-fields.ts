import { z } from "zod";
import type { Partner } from "@/lib/generated/prisma/client";
import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { blankToNull, checkbox, checkboxList, choice, longText, optionalText, optionalUrl, requiredText } from "@/lib/forms/fields";
import { formValuesFrom } from "@/lib/forms/form-values";
import { COUNTRIES } from "@/lib/reference/countries";
import type { AppLocale } from "@/i18n/config";
import { readTranslations, type Translations } from "@/lib/translations/content";
import { emptyTranslations, keepOtherLanguages, translationFormValues, translationsSchema } from "@/lib/translations/schema";
import { COOPERATION_AREAS } from "./constants";
import { normalizeErasmusCode, normalizePic, normalizeSchacCode } from "./identifiers";

/**
 * A partner's editable fields, defined once. The form schema, the Prisma select, the data a save
 * writes, the import columns, the export columns and the rows of the staff detail and merge pages
 * are all read from `PARTNER_FIELDS`, so adding a plain field to Partner means: the column in
 * prisma/schema.prisma and its migration, one entry here, its input in partner-form.tsx, and its
 * label `partners.fields.<key>` in the three catalogues. A field marked `translatable` is written in
 * each language (decision 010): the plain column holds the default language's text and the
 * `translations` column the others; the form shows it in <LanguageTabs>, the export and the import
 * have one column per language ("description (az)"). No server imports: the form loads this file.
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
  /** Written in each language, each text at most `maxLength` long (the plain field's own limit). */
  translatable?: { maxLength: number };
}

const DESCRIPTION_MAX = 5000;

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
  // The name is not translatable: a partner is known by its official name in every language.
  description: {
    schema: longText(DESCRIPTION_MAX),
    empty: "",
    column: "description",
    aliases: ["cooperation", "description of cooperation", "public description", "təsvir", "описание"],
    width: 60,
    detail: "wide",
    translatable: { maxLength: DESCRIPTION_MAX },
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

/** The fields written in each language (today the description). */
export type PartnerTranslatableKey = {
  [K in PartnerFieldKey]: (typeof PARTNER_FIELDS)[K] extends { translatable: object } ? K : never;
}[PartnerFieldKey];

/** A partner's editable fields as stored, with the texts in the other languages. */
export type PartnerFieldValues = Pick<Partner, PartnerFieldKey | "translations">;

/** One field's definition in the common shape, for code that goes through every field. */
export function partnerField(key: PartnerFieldKey): PartnerFieldSpec {
  return PARTNER_FIELDS[key];
}

/** The header of a translatable field's column in one language ("description (az)"): the export writes it, the import reads it. */
export function translationColumnHeader(column: string, language: AppLocale): string {
  return `${column} (${language})`;
}

export const PARTNER_TRANSLATABLE_KEYS = PARTNER_FIELD_KEYS.filter((key) => partnerField(key).translatable) as PartnerTranslatableKey[];

/** The texts in the other languages, each field as long as its plain column may be. */
const partnerTranslationsSchema = translationsSchema(
  Object.fromEntries(PARTNER_TRANSLATABLE_KEYS.map((key) => [key, partnerField(key).translatable!.maxLength])) as Record<PartnerTranslatableKey, number>,
);

/** The stored `translations` column, read and cleaned (only the translatable fields). */
export function partnerTranslations(partner: Pick<Partner, "translations">): Translations<PartnerTranslatableKey> {
  return readTranslations(partner.translations, PARTNER_TRANSLATABLE_KEYS);
}

/** The zod object shape of the editable fields and their translations (for `z.strictObject`). */
export const partnerFieldsShape = {
  ...(Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, PARTNER_FIELDS[key].schema])) as {
    [K in PartnerFieldKey]: (typeof PARTNER_FIELDS)[K]["schema"];
  }),
  translations: partnerTranslationsSchema,
};

type PartnerFieldsInput = z.input<z.ZodObject<typeof partnerFieldsShape>>;

/** The form's values for a new partner. */
export const EMPTY_PARTNER_FORM = {
  ...Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, PARTNER_FIELDS[key].empty])),
  translations: emptyTranslations(PARTNER_TRANSLATABLE_KEYS),
} as PartnerFieldsInput;

/** The form's values for an existing partner (null columns become empty inputs). */
export function partnerFormValues(partner: PartnerFieldValues): PartnerFieldsInput {
  const { translations: _stored, ...plain } = partner;
  return {
    ...formValuesFrom(EMPTY_PARTNER_FORM, plain),
    translations: translationFormValues(partnerTranslations(partner), PARTNER_TRANSLATABLE_KEYS),
  };
}

/** Selects exactly the editable columns and their translations (typed, so Prisma's result type names each of them). */
export const partnerEditableSelect = {
  ...(Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, true])) as { [K in PartnerFieldKey]: true }),
  translations: true,
} as const;

/** The editable plain fields of a parsed form, import row or record, and nothing else. */
export function pickPartnerFields<T extends Record<PartnerFieldKey, unknown>>(source: T): Pick<T, PartnerFieldKey> {
  return Object.fromEntries(PARTNER_FIELD_KEYS.map((key) => [key, source[key]])) as Pick<T, PartnerFieldKey>;
}

/**
 * What a save writes: the plain fields, and the translations without the default language (whose
 * texts are the plain columns). A text given only under the default language's own column (an
 * imported "description (en)" where English is the default) fills the blank plain column, so it is
 * not dropped.
 */
export function partnerWriteData<T extends Record<PartnerFieldKey, unknown> & { translations: Translations<PartnerTranslatableKey> }>(
  source: T,
  defaultLanguage: AppLocale,
): Pick<T, PartnerFieldKey> & { translations: Translations<PartnerTranslatableKey> } {
  const plain = pickPartnerFields(source);
  for (const key of PARTNER_TRANSLATABLE_KEYS) {
    const text = source.translations[defaultLanguage]?.[key];
    if (typeof text === "string" && (typeof plain[key] !== "string" || plain[key].trim() === "")) (plain as Record<PartnerFieldKey, unknown>)[key] = text;
  }
  return { ...plain, translations: keepOtherLanguages(source.translations, defaultLanguage) };
}
