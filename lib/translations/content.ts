import { isLocale, locales, type AppLocale } from "@/i18n/config";

/**
 * Content written by staff in several languages (decision 010). A translatable record keeps its
 * plain columns in the institution's default language and a `translations` JSON column with the
 * other languages: `{ "az": { "name": "…" }, "ru": { "name": "…" } }`. This module reads that column
 * (whatever the database holds: it was typed by people and by imports) and picks the text to show.
 * It runs on the server and in the browser.
 */

/** The languages content may be written in: the languages of the interface. */
export const CONTENT_LANGUAGES = locales;

/** Texts of one language, by field. A list field (a project's objectives) holds a list. */
type LanguageTexts<F extends string> = Partial<Record<F, string | string[]>>;

/** The `translations` column, read and cleaned: only known languages, known fields and non-blank texts. */
export type Translations<F extends string = string> = Partial<Record<AppLocale, LanguageTexts<F>>>;

/** A text to show and the language it is in (which differs from the page's when it fell back). */
export interface LocalizedText {
  text: string;
  lang: AppLocale;
}

function cleanText(value: unknown): string | string[] | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.filter((item): item is string => typeof item === "string" && item.trim() !== "");
    return items.length > 0 ? items : undefined;
  }
  return undefined;
}

/** Reads a `translations` column, keeping only the named fields; anything malformed is dropped, never thrown on. */
export function readTranslations<F extends string>(value: unknown, fields: readonly F[]): Translations<F> {
  const result: Translations<F> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return result;
  for (const [language, texts] of Object.entries(value as Record<string, unknown>)) {
    if (!isLocale(language) || !texts || typeof texts !== "object" || Array.isArray(texts)) continue;
    const kept: LanguageTexts<F> = {};
    for (const field of fields) {
      const text = cleanText((texts as Record<string, unknown>)[field]);
      if (text !== undefined) kept[field] = text;
    }
    if (Object.keys(kept).length > 0) result[language] = kept;
  }
  return result;
}

/** A record with plain columns in the default language and the `translations` column beside them. */
export type TranslatableRecord<F extends string> = { [K in F]: string | string[] | null } & { translations: unknown };

/**
 * The languages a field's text is looked for in, in order: the reader's, the institution's default
 * (the plain column), then the others, so a text written only in Russian still shows, marked Russian.
 */
function fallbackOrder(locale: AppLocale, defaultLanguage: AppLocale): AppLocale[] {
  return [locale, defaultLanguage, ...CONTENT_LANGUAGES.filter((other) => other !== locale && other !== defaultLanguage)];
}

function textIn<F extends string>(record: TranslatableRecord<F>, field: F, language: AppLocale, defaultLanguage: AppLocale, translations: Translations<F>) {
  const value = language === defaultLanguage ? cleanText(record[field]) : translations[language]?.[field];
  return value;
}

/**
 * Chooses the texts of a record for a reader: for each field, the reader's language, else the
 * default language, else any language that has it. `lang` says which language each text is in so
 * the page can mark a fallback (`<span lang="en">`) for screen readers and hyphenation.
 */
export function localize<F extends string>(
  record: TranslatableRecord<F>,
  fields: readonly F[],
  locale: AppLocale,
  defaultLanguage: AppLocale,
): Record<F, LocalizedText> {
  const translations = readTranslations(record.translations, fields);
  const result = {} as Record<F, LocalizedText>;
  for (const field of fields) {
    let chosen: LocalizedText = { text: "", lang: defaultLanguage };
    for (const language of fallbackOrder(locale, defaultLanguage)) {
      const value = textIn(record, field, language, defaultLanguage, translations);
      if (value !== undefined) {
        chosen = { text: Array.isArray(value) ? value.join("\n") : value, lang: language };
        break;
      }
    }
    result[field] = chosen;
  }
  return result;
}

/** Like `localize`, for a list field (objectives): the list of the first language that has one. */
export function localizeList<F extends string>(
  record: TranslatableRecord<F>,
  field: F,
  locale: AppLocale,
  defaultLanguage: AppLocale,
): { items: string[]; lang: AppLocale } {
  const translations = readTranslations(record.translations, [field]);
  for (const language of fallbackOrder(locale, defaultLanguage)) {
    const value = textIn(record, field, language, defaultLanguage, translations);
    if (value !== undefined) return { items: Array.isArray(value) ? value : value.split("\n").filter((line) => line.trim() !== ""), lang: language };
  }
  return { items: [], lang: defaultLanguage };
}

/**
 * The languages a record lacks: a language is missing when a field that has a text in the default
 * language has none in it. The editor marks those languages; the staff list can flag them too.
 */
export function missingLanguages<F extends string>(record: TranslatableRecord<F>, fields: readonly F[], defaultLanguage: AppLocale): AppLocale[] {
  const translations = readTranslations(record.translations, fields);
  const written = fields.filter((field) => cleanText(record[field]) !== undefined);
  return CONTENT_LANGUAGES.filter(
    (language) => language !== defaultLanguage && written.some((field) => translations[language]?.[field] === undefined),
  );
}

/** The other languages than the default, in the interface's order: the languages of the `translations` column. */
export function otherLanguages(defaultLanguage: AppLocale): AppLocale[] {
  return CONTENT_LANGUAGES.filter((language) => language !== defaultLanguage);
}

/** The plain text of a field in one language, or "" (exports: one column per language). */
export function textInLanguage<F extends string>(record: TranslatableRecord<F>, field: F, language: AppLocale, defaultLanguage: AppLocale): string {
  const value = textIn(record, field, language, defaultLanguage, readTranslations(record.translations, [field]));
  return value === undefined ? "" : Array.isArray(value) ? value.join("\n") : value;
}
