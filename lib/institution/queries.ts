import "server-only";
import { unstable_cache } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { localizeInstitution, type InstitutionAbout, type InstitutionRecord, type PublicInstitution } from "./localize";
import { shownPublicSections, type PublicSection } from "./public-sections";

export type { InstitutionAbout, PublicInstitution } from "./localize";

/** What any page may show about the institution and its office (all public), in every language. */
const publicInstitutionSelect = {
  name: true,
  shortName: true,
  logoPath: true,
  erasmusCode: true,
  website: true,
  address: true,
  email: true,
  phone: true,
  officeHeadName: true,
  officeHeadTitle: true,
  defaultLanguage: true,
  countryCode: true,
  publicSections: true,
  about: true,
  translations: true,
  contacts: {
    select: { id: true, name: true, position: true, email: true, phone: true, translations: true },
    orderBy: { sortOrder: "asc" },
  },
} as const;

/** Shown until the first run has created the institution row. */
const PLACEHOLDER: InstitutionRecord = {
  name: "International Relations Office",
  shortName: "IRO",
  logoPath: null,
  erasmusCode: null,
  website: null,
  address: "",
  email: "",
  phone: null,
  officeHeadName: null,
  officeHeadTitle: null,
  defaultLanguage: defaultLocale,
  countryCode: null,
  publicSections: [],
  about: { mission: "", objectives: [], functions: [], tasks: [] },
  translations: {},
  contacts: [],
};

/** Tag to revalidate when the institution's settings or office contacts change. */
export const INSTITUTION_CACHE_TAG = "institution";

/**
 * Every page shows the institution (header, footer, metadata), and it changes rarely: it is kept in
 * Next's data cache for a minute instead of costing each request two queries. The cache holds every
 * language; each request picks its own afterwards.
 */
const loadInstitution = unstable_cache(
  async (): Promise<InstitutionRecord> => {
    const row = await db.institution.findUnique({ where: { id: 1 }, select: publicInstitutionSelect });
    if (!row) return PLACEHOLDER;
    return {
      ...row,
      defaultLanguage: isLocale(row.defaultLanguage) ? row.defaultLanguage : defaultLocale,
      about: row.about as unknown as InstitutionAbout,
    };
  },
  ["public-institution"],
  { revalidate: 60, tags: [INSTITUTION_CACHE_TAG] },
);

/** The visitor's language, or null outside a request (the seed, scripts, tests): no visitor, no choice. */
async function visitorLocale(): Promise<AppLocale | null> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : null;
  } catch (error) {
    // Next's own signals (a page that must render dynamically) pass through.
    unstable_rethrow(error);
    return null;
  }
}

/**
 * The institution's public profile in the visitor's language (or `locale`), each text marked with
 * the language it fell back to; deduplicated per request.
 */
export const getInstitution = cache(async (locale?: AppLocale): Promise<PublicInstitution> => {
  const [record, visitor] = await Promise.all([loadInstitution(), locale ? null : visitorLocale()]);
  return localizeInstitution(record, locale ?? visitor ?? record.defaultLanguage);
});

/**
 * The public sections the office shows, from the cached institution: cheap enough for every public
 * page and feed to ask (public-section-guard.ts), and needs no visitor language.
 */
export async function getShownPublicSections(): Promise<PublicSection[]> {
  return shownPublicSections((await loadInstitution()).publicSections);
}
