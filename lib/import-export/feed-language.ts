import { isLocale, type AppLocale } from "@/i18n/config";
import { firstValue } from "@/lib/forms/fields";
import type { LocalizedText } from "@/lib/translations/content";

/**
 * The language a public feed was asked for with `?lang=` (en, az or ru; "ru-RU" and "AZ" are read
 * as ru and az), or undefined for the institution's default language. An unknown language gets the
 * default one, as an out-of-range pageSize gets the default size: the answer is still a true
 * answer, in a language.
 */
export function askedLanguage(params: Record<string, string | string[]>): AppLocale | undefined {
  const asked = firstValue(params.lang);
  const primary = typeof asked === "string" ? asked.trim().toLowerCase().split("-")[0] : undefined;
  return isLocale(primary) ? primary : undefined;
}

/** `descriptionLang: "en"` beside each text that is not in the feed's language (it had no translation). */
export function fallbackLanguages(texts: Record<string, LocalizedText>, language: AppLocale): Record<string, AppLocale> {
  return Object.fromEntries(
    Object.entries(texts)
      .filter(([, value]) => value.text !== "" && value.lang !== language)
      .map(([field, value]) => [`${field}Lang`, value.lang]),
  );
}
