import { ISCED_FIELDS, iscedLabel } from "@/lib/reference/isced";

/**
 * Display helpers shared by the catalogue, the staff pages and the form. Country names come from
 * the runtime's CLDR data, so they read naturally in every locale without a translation table.
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

/** Broad and narrow ISCED-F fields for the catalogue's subject filter ("02", "023"...). */
export function subjectFilterOptions(): { value: string; label: string; depth: number }[] {
  return ISCED_FIELDS.filter((field) => field.level !== "detailed" && !("residual" in field && field.residual)).map((field) => ({
    value: field.code,
    label: `${field.code} ${field.name}`,
    depth: field.level === "broad" ? 0 : 1,
  }));
}

/** Every pickable ISCED-F field for the staff form: narrow and detailed, residual "nfd" ones included. */
export function subjectPickOptions(): { value: string; label: string }[] {
  return ISCED_FIELDS.filter((field) => {
    const residual = "residual" in field ? field.residual : undefined;
    return field.level !== "broad" && (residual === undefined || residual === "nfd");
  }).map((field) => ({ value: field.code, label: `${field.code} ${field.name}` }));
}

export { iscedLabel };

