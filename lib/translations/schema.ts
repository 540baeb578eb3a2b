import { z } from "zod";
import { CONTENT_LANGUAGES, type Translations } from "./content";
import { withValues } from "@/lib/forms/fields";

/**
 * The zod piece for a form's `translations` (decision 010): for each language, the named fields as
 * optional trimmed texts of at most their length. Blank texts and empty languages are dropped, so the
 * stored JSON holds only what was written; a missing translation is allowed (the page falls back).
 * The default language's key is accepted and dropped by `keepOtherLanguages` when saving.
 */
export function translationsSchema<F extends string>(maxLengths: Record<F, number>) {
  const fields = Object.keys(maxLengths) as F[];
  const language = z.strictObject(
    Object.fromEntries(
      fields.map((field) => [
        field,
        z.preprocess((value) => value ?? "", z.string("common.form.errors.invalid").trim().max(maxLengths[field], withValues("common.form.errors.tooLong", { max: maxLengths[field] }))).optional(),
      ]),
    ) as unknown as Record<F, z.ZodOptional<z.ZodType<string, unknown>>>,
  );
  return z
    .strictObject(Object.fromEntries(CONTENT_LANGUAGES.map((code) => [code, language.optional()])) as Record<(typeof CONTENT_LANGUAGES)[number], z.ZodOptional<typeof language>>)
    .default({})
    .transform((input): Translations<F> => {
      const result: Translations<F> = {};
      for (const code of CONTENT_LANGUAGES) {
        const texts = input[code] as Partial<Record<F, string>> | undefined;
        const kept = Object.fromEntries(Object.entries(texts ?? {}).filter(([, text]) => typeof text === "string" && text !== "")) as Partial<Record<F, string>>;
        if (Object.keys(kept).length > 0) result[code] = kept;
      }
      return result;
    });
}

/** The form's blank translations: every language, every field, so the inputs are controlled from the start. */
export function emptyTranslations<F extends string>(fields: readonly F[]): Record<(typeof CONTENT_LANGUAGES)[number], Record<F, string>> {
  return Object.fromEntries(CONTENT_LANGUAGES.map((code) => [code, Object.fromEntries(fields.map((field) => [field, ""]))])) as Record<
    (typeof CONTENT_LANGUAGES)[number],
    Record<F, string>
  >;
}

/** A record's stored translations as the form's values (lists become one item per line). */
export function translationFormValues<F extends string>(stored: Translations<F>, fields: readonly F[]) {
  const values = emptyTranslations(fields);
  for (const code of CONTENT_LANGUAGES) {
    for (const field of fields) {
      const text = stored[code]?.[field];
      if (typeof text === "string") values[code][field] = text;
      else if (Array.isArray(text)) values[code][field] = (text as string[]).join("\n");
    }
  }
  return values;
}

/** What is stored: the translations without the default language, whose texts live in the plain columns. */
export function keepOtherLanguages<F extends string>(translations: Translations<F>, defaultLanguage: string): Translations<F> {
  return Object.fromEntries(Object.entries(translations).filter(([code]) => code !== defaultLanguage)) as Translations<F>;
}
