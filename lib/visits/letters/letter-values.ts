import type { AppLocale } from "@/i18n/config";
import { formatDay } from "@/lib/dates/format";
import { countryName } from "@/lib/partners/country-names";
import { isLetterPlaceholder, type LetterPlaceholder, type PlaceholderValues } from "./placeholders";

/**
 * What each placeholder of an invitation letter says for one guest, in the letter's language, and
 * which of them are missing. Pure: the service reads the record, this decides the words.
 */

export interface LetterGuest {
  id: string;
  /** As in the passport. */
  name: string;
  position: string | null;
  organization: string | null;
  nationalityCode: string | null;
  passportNumber: string | null;
  passportExpiresOn: Date | null;
  birthDate: Date | null;
}

/** The texts of the letter, already in its language (or the record's when it has no translation). */
export interface LetterContext {
  language: AppLocale;
  reference: string;
  /** The moment the letter is made; its day is printed in the institution's zone. */
  issuedAt: Date;
  timeZone: string;
  visit: { title: string; purpose: string; startDate: Date; endDate: Date; costsCoveredBy: string; organization: string };
  institution: { name: string; address: string };
  signatory: { name: string; title: string };
  /** Everyone the letter names: one guest, or the whole delegation. */
  guests: readonly LetterGuest[];
}

/**
 * What a consulate needs in every letter, whatever the template says: who (name, passport,
 * nationality), why, when, who pays, and who signs.
 */
export const REQUIRED_PLACEHOLDERS: readonly LetterPlaceholder[] = [
  "guest.fullName",
  "guest.nationality",
  "guest.passportNumber",
  "visit.purpose",
  "visit.startDate",
  "visit.endDate",
  "visit.costsCoveredBy",
  "institution.name",
  "signatory.name",
];

/** A value a letter needs but the record lacks; `guest` names the guest for a guest's field. */
export interface MissingField {
  guest: string | null;
  field: LetterPlaceholder;
}

/** Calendar days (DATE columns) are stored at UTC midnight: printed as that day, whatever the zone. */
function day(date: Date | null, language: AppLocale): string {
  return date ? formatDay(date, { locale: language, timeZone: "UTC" }) : "";
}

function text(value: string | null | undefined): string {
  return value?.trim() ?? "";
}

/** Every placeholder's value for one guest of the letter ("" when the record has none). */
export function placeholderValues(context: LetterContext, guest: LetterGuest): PlaceholderValues {
  const { language } = context;
  return {
    "guest.fullName": text(guest.name),
    "guest.nationality": guest.nationalityCode ? countryName(guest.nationalityCode, language) : "",
    "guest.passportNumber": text(guest.passportNumber),
    "guest.passportExpiresOn": day(guest.passportExpiresOn, language),
    "guest.birthDate": day(guest.birthDate, language),
    "guest.position": text(guest.position),
    "guest.organization": text(guest.organization),
    "delegation.names": context.guests.map((each) => text(each.name)).join(", "),
    "delegation.size": String(context.guests.length),
    "visit.title": text(context.visit.title),
    "visit.purpose": text(context.visit.purpose),
    "visit.startDate": day(context.visit.startDate, language),
    "visit.endDate": day(context.visit.endDate, language),
    "visit.costsCoveredBy": text(context.visit.costsCoveredBy),
    "visit.organization": text(context.visit.organization),
    "institution.name": text(context.institution.name),
    "institution.address": text(context.institution.address),
    "signatory.name": text(context.signatory.name),
    "signatory.title": text(context.signatory.title),
    reference: context.reference,
    date: formatDay(context.issuedAt, { locale: language, timeZone: context.timeZone }),
  };
}

/**
 * What the letter would print blank: the required values and every placeholder the template uses,
 * the visit's once and each guest's for each guest. An empty list means the letter can be made.
 */
export function missingLetterFields(context: LetterContext, usedPlaceholders: readonly string[]): MissingField[] {
  const needed = new Set<LetterPlaceholder>([...REQUIRED_PLACEHOLDERS, ...usedPlaceholders.filter(isLetterPlaceholder)]);
  const guestFields = [...needed].filter((field) => field.startsWith("guest."));
  const otherFields = [...needed].filter((field) => !field.startsWith("guest."));
  const missing: MissingField[] = [];
  const [first] = context.guests;
  if (first) {
    const values = placeholderValues(context, first);
    for (const field of otherFields) if (values[field] === "") missing.push({ guest: null, field });
  }
  for (const guest of context.guests) {
    const values = placeholderValues(context, guest);
    for (const field of guestFields) if (values[field] === "") missing.push({ guest: guest.name, field });
  }
  return missing;
}
