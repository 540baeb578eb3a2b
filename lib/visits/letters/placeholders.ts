/**
 * The placeholders an invitation letter's template may use ("{{guest.fullName}}"), and the two
 * things done with them: checking a template when an admin saves it, and filling it for a guest.
 * Pure, no server imports: the template editor lists them and its form checks them too.
 */

export const LETTER_PLACEHOLDERS = [
  "guest.fullName",
  "guest.nationality",
  "guest.passportNumber",
  "guest.passportExpiresOn",
  "guest.birthDate",
  "guest.position",
  "guest.organization",
  "delegation.names",
  "delegation.size",
  "visit.title",
  "visit.purpose",
  "visit.startDate",
  "visit.endDate",
  "visit.costsCoveredBy",
  "visit.organization",
  "institution.name",
  "institution.address",
  "signatory.name",
  "signatory.title",
  "reference",
  "date",
] as const;

export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

export type PlaceholderValues = Record<LetterPlaceholder, string>;

const KNOWN = new Set<string>(LETTER_PLACEHOLDERS);

/** `{{ name }}`: two braces, the name (spaces around it allowed), two braces. */
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isLetterPlaceholder(name: string): name is LetterPlaceholder {
  return KNOWN.has(name);
}

/** Every placeholder name written in the text, once each, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((match) => match[1]!))];
}

/** The names in the text that are not placeholders ("{{guest.pasport}}", "{{}}"). */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !isLetterPlaceholder(name));
}

/** Whether braces are left that open or close no placeholder ("{{guest.fullName}", "{{date"). */
export function hasStrayBraces(text: string): boolean {
  const rest = text.replace(TOKEN, "");
  return rest.includes("{{") || rest.includes("}}");
}

/** The text with each placeholder replaced by its value (a template is checked on save, so all are known). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(TOKEN, (whole, name: string) => (isLetterPlaceholder(name) ? values[name] : whole));
}
