import { ISCED_FIELDS, iscedLabel } from "@/lib/reference/isced";

/**
 * Display helpers shared by the catalogue, the staff pages and the form. Country names come from
 * the runtime's CLDR data, so they read naturally in every locale without a translation table;
 * ISCED-F subject names come from lib/reference/isced.ts in the reader's language (decision 015).
 */

const regionNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** Countries as select options, sorted by their name in the reader's language. */
export function countryOptions(codes: readonly string[], locale: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * Broad and narrow ISCED-F fields for the catalogue's subject filter ("02", "023"...), named in the
 * reader's language. They stay in code order, each narrow field under its broad one: the order of
 * the classification, not of the alphabet, is what makes the indented list readable.
 */
export function subjectFilterOptions(locale: string): { value: string; label: string; depth: number }[] {
  return ISCED_FIELDS.filter((field) => field.level !== "detailed" && !("residual" in field && field.residual)).map((field) => ({
    value: field.code,
    label: iscedLabel(field.code, locale),
    depth: field.level === "broad" ? 0 : 1,
  }));
}

/** Every pickable ISCED-F field for the staff form: narrow and detailed, residual "nfd" ones included. */
export function subjectPickOptions(locale: string): { value: string; label: string }[] {
  return ISCED_FIELDS.filter((field) => {
    const residual = "residual" in field ? field.residual : undefined;
    return field.level !== "broad" && (residual === undefined || residual === "nfd");
  }).map((field) => ({ value: field.code, label: iscedLabel(field.code, locale) }));
}

export { iscedLabel };
