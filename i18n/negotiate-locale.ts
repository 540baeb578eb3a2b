import { LOCALE_PARAM, defaultLocale, isLocale, locales, type AppLocale } from "./config";

interface LanguageRange {
  tag: string;
  quality: number;
}

/** Parses an Accept-Language header into ranges, best first; malformed parts are skipped. */
function parseAcceptLanguage(header: string): LanguageRange[] {
  return header
    .split(",")
    .map((part, index) => {
      const [rawTag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: rawTag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.tag !== "" && range.quality > 0)
    // Equal weights keep the order the browser sent them in.
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag, quality }) => ({ tag, quality }));
}

/** The first supported locale the browser asks for, matching on the primary subtag (az-Latn-AZ → az). */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale | undefined {
  if (!header) return undefined;
  for (const { tag } of parseAcceptLanguage(header)) {
    const primary = tag.split("-")[0];
    const match = locales.find((locale) => locale === primary);
    if (match) return match;
  }
  return undefined;
}

/** The language an address asks for (`?lang=az`), or undefined when it names none or an unknown one. */
export function localeFromAddress(searchParams: URLSearchParams): AppLocale | undefined {
  const value = searchParams.get(LOCALE_PARAM);
  return isLocale(value) ? value : undefined;
}

/**
 * The locale of a request, first match wins: the address (`?lang=`, so a link or a search engine
 * gets the language it names), the visitor's explicit choice (cookie), the browser's, the default.
 */
export function negotiateLocale(input: { address?: string | null; cookie?: string | null; acceptLanguage?: string | null }): AppLocale {
  if (isLocale(input.address)) return input.address;
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}
