import { LOCALE_PARAM, locales, type AppLocale } from "@/i18n/config";
import { localeFromAddress } from "@/i18n/negotiate-locale";

/** hreflang value → absolute URL: one per language, and `x-default` for the address without `?lang=`. */
export type LanguageAddresses = Record<AppLocale | "x-default", string>;

/** Query parameters that are not part of what a page shows: its language and Next.js's RSC marker. */
const NOT_CONTENT = [LOCALE_PARAM, "_rsc"];

/**
 * The address of a page in one language (`?lang=az` added to its other parameters), or without a
 * language (`locale` undefined: the address that follows the visitor's cookie and browser).
 */
export function languageAddress(baseUrl: string, pathname: string, search: string, locale?: AppLocale): string {
  const query = new URLSearchParams(search);
  for (const name of NOT_CONTENT) query.delete(name);
  if (locale) query.set(LOCALE_PARAM, locale);
  const queryString = query.toString();
  return `${baseUrl}${pathname}${queryString ? `?${queryString}` : ""}`;
}

/** The page in every language (decision 008), for `<link rel="alternate" hreflang>` and the sitemap. */
export function languageAddresses(baseUrl: string, pathname: string, search = ""): LanguageAddresses {
  const languages = Object.fromEntries(locales.map((locale) => [locale, languageAddress(baseUrl, pathname, search, locale)]));
  return { ...languages, "x-default": languageAddress(baseUrl, pathname, search) } as LanguageAddresses;
}

/**
 * The canonical address and the alternates of the page being served: an address with a language
 * is its own canonical; one without stays the `x-default` (it shows the visitor's language).
 */
export function pageAlternates(baseUrl: string, pathname: string, search = ""): { canonical: string; languages: LanguageAddresses } {
  const languages = languageAddresses(baseUrl, pathname, search);
  const locale = localeFromAddress(new URLSearchParams(search));
  return { canonical: locale ? languages[locale] : languages["x-default"], languages };
}
