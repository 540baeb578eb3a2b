import type { AppLocale } from "@/i18n/config";
import { countryName } from "@/lib/partners/country-names";
import { localize, localizeList, type LocalizedText } from "@/lib/translations/content";
import { shownPublicSections, type PublicSection } from "./public-sections";

/**
 * The institution's texts in three languages (decision 010). The plain columns and `about` hold the
 * default language; `translations` holds the other languages with the about texts flattened beside
 * the columns, lists as lists:
 *
 *   { "az": { "name": "Xəzər Universiteti", "mission": "…", "objectives": ["…", "…"], … }, "ru": { … } }
 *
 * Flat rather than a nested `about` object because `readTranslations`, the one reader, keeps string
 * and string-list fields only. An office contact's `translations` holds `position` the same way.
 */
export const INSTITUTION_TEXT_FIELDS = ["name", "shortName", "address", "officeHeadTitle", "mission"] as const;
export const INSTITUTION_LIST_FIELDS = ["objectives", "functions", "tasks"] as const;
export const INSTITUTION_TRANSLATED_FIELDS = [...INSTITUTION_TEXT_FIELDS, ...INSTITUTION_LIST_FIELDS] as const;
export const CONTACT_TRANSLATED_FIELDS = ["position"] as const;

export type InstitutionListField = (typeof INSTITUTION_LIST_FIELDS)[number];

export interface InstitutionAbout {
  mission: string;
  objectives: string[];
  functions: string[];
  tasks: string[];
}

/** The institution as stored, in every language: what the data cache keeps. */
export interface InstitutionRecord {
  name: string;
  shortName: string;
  logoPath: string | null;
  erasmusCode: string | null;
  website: string | null;
  address: string;
  email: string;
  phone: string | null;
  officeHeadName: string | null;
  officeHeadTitle: string | null;
  defaultLanguage: AppLocale;
  /** ISO 3166-1 alpha-2, or null until an admin chooses it. */
  countryCode: string | null;
  /** As stored: the sections chosen, empty for all (public-sections.ts). */
  publicSections: string[];
  about: InstitutionAbout;
  translations: unknown;
  contacts: { id: string; name: string; position: string; email: string | null; phone: string | null; translations: unknown }[];
}

/** A list in the language it was found in. */
export interface LocalizedList {
  items: string[];
  lang: AppLocale;
}

/** The institution in one reader's language, each text with the language it is in. */
export interface PublicInstitution {
  /** The page's language: a text whose `lang` differs fell back, and is rendered with `<Localized>`. */
  locale: AppLocale;
  /** The name and short name as plain text, for titles and metadata (which carry no `lang`). */
  name: string;
  shortName: string;
  texts: Record<"name" | "shortName" | "address" | "officeHeadTitle", LocalizedText>;
  about: { mission: LocalizedText } & Record<InstitutionListField, LocalizedList>;
  logoPath: string | null;
  erasmusCode: string | null;
  website: string | null;
  email: string;
  phone: string | null;
  officeHeadName: string | null;
  /** The country named in the reader's language. */
  country: { code: string; name: string } | null;
  /** The country's name to show after the address, or null when the address already names it (or there is none). */
  addressCountry: string | null;
  /** The public sections the office shows. */
  publicSections: PublicSection[];
  contacts: { id: string; name: string; position: LocalizedText; email: string | null; phone: string | null }[];
}

/** Picks the institution's texts for a reader of `locale`, falling back to the default language. */
export function localizeInstitution(record: InstitutionRecord, locale: AppLocale): PublicInstitution {
  const { defaultLanguage, about, translations } = record;
  const flat = { ...record, ...about, translations };
  const texts = localize(flat, INSTITUTION_TEXT_FIELDS, locale, defaultLanguage);
  const list = (field: InstitutionListField) => localizeList(flat, field, locale, defaultLanguage);
  return {
    locale,
    name: texts.name.text,
    shortName: texts.shortName.text,
    texts: { name: texts.name, shortName: texts.shortName, address: texts.address, officeHeadTitle: texts.officeHeadTitle },
    about: { mission: texts.mission, objectives: list("objectives"), functions: list("functions"), tasks: list("tasks") },
    logoPath: record.logoPath,
    erasmusCode: record.erasmusCode,
    website: record.website,
    email: record.email,
    phone: record.phone,
    officeHeadName: record.officeHeadName,
    country: record.countryCode ? { code: record.countryCode, name: countryName(record.countryCode, locale) } : null,
    addressCountry: record.countryCode ? countryAfterAddress(texts.address, record.countryCode, locale) : null,
    publicSections: shownPublicSections(record.publicSections),
    contacts: record.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      position: localize(contact, CONTACT_TRANSLATED_FIELDS, locale, defaultLanguage).position,
      email: contact.email,
      phone: contact.phone,
    })),
  };
}

/**
 * The country's name in the reader's language, to show after the address; null when the address
 * already names it (in its own language or the reader's), as addresses written before the country
 * was asked for often do.
 */
export function countryAfterAddress(address: LocalizedText, countryCode: string, locale: AppLocale): string | null {
  const name = countryName(countryCode, locale);
  const written = address.text.toLocaleLowerCase();
  const named = [name, countryName(countryCode, address.lang)].some((candidate) => written.includes(candidate.toLocaleLowerCase()));
  return named ? null : name;
}
