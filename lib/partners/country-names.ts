import { COUNTRIES, countryByCode, countryDisplayName } from "@/lib/reference/countries";

/**
 * Country names in the reader's language from the runtime's CLDR data (Intl.DisplayNames), with
 * the reference list's English name as the fallback. Formatters are built once per locale.
 */

const namers = new Map<string, Intl.DisplayNames | null>();

function namerFor(locale: string): Intl.DisplayNames | null {
  if (!namers.has(locale)) {
    try {
      namers.set(locale, new Intl.DisplayNames([locale], { type: "region", fallback: "none" }));
    } catch {
      namers.set(locale, null);
    }
  }
  return namers.get(locale) ?? null;
}

export function countryName(code: string, locale: string): string {
  const localized = namerFor(locale)?.of(code);
  if (localized) return localized;
  const country = countryByCode(code);
  return country ? countryDisplayName(country) : code;
}

const sortedByLocale = new Map<string, { code: string; name: string }[]>();

/** Every country, named and sorted for the locale (cached: the list is the same for every request). */
export function allCountriesSorted(locale: string): readonly { code: string; name: string }[] {
  let list = sortedByLocale.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = COUNTRIES.map((country) => ({ code: country.code, name: countryName(country.code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    sortedByLocale.set(locale, list);
  }
  return list;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number formatter per locale, built once (for labels formatted many times per page). */
export function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}
