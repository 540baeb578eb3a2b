import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale, defaultLocale, type AppLocale } from "@/i18n/config";
import { getDefaultContentLanguage } from "./default-language";
import { localize, localizeList, type LocalizedText, type TranslatableRecord } from "./content";

export interface ContentReader {
  /** The page's language. */
  locale: AppLocale;
  /** The institution's default content language (the fallback). */
  defaultLanguage: AppLocale;
  /** The fields of a record in the reader's language, each with the language it is in. */
  pick<F extends string>(record: TranslatableRecord<F>, fields: readonly F[]): Record<F, LocalizedText>;
  /** A list field (objectives) in the reader's language. */
  list<F extends string>(record: TranslatableRecord<F>, field: F): { items: string[]; lang: AppLocale };
}

/** What a page needs to show staff-written texts in the reader's language (decision 010). */
export async function contentReader(): Promise<ContentReader> {
  const [requested, defaultLanguage] = await Promise.all([getLocale(), getDefaultContentLanguage()]);
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    defaultLanguage,
    pick: (record, fields) => localize(record, fields, locale, defaultLanguage),
    list: (record, field) => localizeList(record, field, locale, defaultLanguage),
  };
}
