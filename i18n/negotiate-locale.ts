import { defaultLocale, isLocale, locales, type AppLocale } from "./config";

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

/** The locale of a request: the visitor's explicit choice (cookie), then the browser's, then the default. */
export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): AppLocale {
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}
