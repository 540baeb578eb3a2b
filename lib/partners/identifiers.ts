/**
 * The partner identifiers the office records, normalised to one spelling so the database's unique
 * indexes catch duplicates however they were typed. Pure functions: used by the zod schemas in the
 * browser and on the server, and by the importer.
 */

/**
 * Erasmus institution code: a country part of one to three letters padded with spaces to three
 * characters, a city part of letters (a hyphen may join two words), and a two- or three-digit number —
 * "D  BERLIN01", "AZ BAKU03", "E  LAS-PAL01". Returns the canonical spelling, or null when the input
 * cannot be one.
 */
export function normalizeErasmusCode(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\s+/g, " ");
  // The space is required: without it the split between country and city is ambiguous ("DBERLIN01").
  const match = /^([A-Z]{1,3}) ([A-Z]{2,}(?:-[A-Z]+)*)(\d{2,3})$/.exec(compact);
  if (!match) return null;
  const [, country = "", city = "", number = ""] = match;
  if (city.length > 12) return null;
  return `${country.padEnd(3, " ")}${city}${number}`;
}

/** SCHAC home organisation: the institution's domain name, lower case ("uni-heidelberg.de"). */
export function normalizeSchacCode(input: string): string | null {
  const value = input.trim().toLowerCase().replace(/\.$/, "");
  if (value.length < 4 || value.length > 253) return null;
  const label = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  return new RegExp(`^(?:${label}\\.)+[a-z]{2,63}$`).test(value) ? value : null;
}

/** Participant Identification Code of the EU Funding & Tenders portal: exactly nine digits. */
export function normalizePic(input: string): string | null {
  const value = input.trim().replace(/\s+/g, "");
  return /^\d{9}$/.test(value) ? value : null;
}

export const PARTNER_IDENTIFIERS = ["erasmusCode", "schacCode", "pic"] as const;
export type PartnerIdentifier = (typeof PARTNER_IDENTIFIERS)[number];

/** The message for an identifier another partner already holds. */
export const IDENTIFIER_TAKEN: Record<PartnerIdentifier, string> = {
  erasmusCode: "partners.validation.erasmusCodeTaken",
  schacCode: "partners.validation.schacCodeTaken",
  pic: "partners.validation.picTaken",
};
