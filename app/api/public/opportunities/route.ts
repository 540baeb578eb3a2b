import { isLocale, LOCALE_PARAM, type AppLocale } from "@/i18n/config";
import { firstValue } from "@/lib/forms/fields";
import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
import { listPublicOpportunities, type PublicOpportunitySummary } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { countryName } from "@/lib/partners/country-names";
import type { LocalizedText } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";

export const dynamic = "force-dynamic";

/**
 * The language asked for with `?lang=` (en, az or ru; "ru-RU" and "AZ" are read as ru and az), or
 * undefined for the institution's default language. An unknown language gets the default one, as an
 * out-of-range pageSize gets the default size: the answer is still a true answer, in a language.
 */
function askedLanguage(params: Record<string, string | string[]>): AppLocale | undefined {
  const asked = firstValue(params.lang);
  const primary = typeof asked === "string" ? asked.trim().toLowerCase().split("-")[0] : undefined;
  return isLocale(primary) ? primary : undefined;
}

/** `titleLang: "en"` beside each text that is not in the feed's language (it had no translation). */
function fallbackLanguages(texts: Record<string, LocalizedText>, language: AppLocale): Record<string, AppLocale> {
  return Object.fromEntries(
    Object.entries(texts)
      .filter(([, value]) => value.text !== "" && value.lang !== language)
      .map(([field, value]) => [`${field}Lang`, value.lang]),
  );
}

interface FeedRow {
  item: PublicOpportunitySummary;
  language: AppLocale;
  /** `?lang=az` on the page addresses when the caller asked for a language (decision 008). */
  pageQuery: string;
}

/**
 * Public, read-only JSON feed of the catalogue, with the same filters as /opportunities
 * (`?country=EE&level=MASTER&q=tartu&page=2&pageSize=50`, pageSize at most 100). Only published
 * calls and their public fields; a host partner only while its profile is public. `lang` gives the
 * title, period, program and country names in that language (default: the institution's default
 * language); a text without that translation comes in the default language, with `titleLang`
 * (`academicPeriodLang`, `program.nameLang`) naming it. CORS open to any origin; cacheable for
 * five minutes.
 */
export const GET = publicFeedHandler("public.opportunities.list", {
  parseFilter: (params) => ({ ...parseCatalogueFilter(params), lang: askedLanguage(params) }),
  loadPage: async ({ lang, ...filter }, pageSize) => {
    const language = lang ?? (await getDefaultContentLanguage());
    const result = await listPublicOpportunities(filter, { pageSize, language });
    const pageQuery = lang ? `?${LOCALE_PARAM}=${lang}` : "";
    return { rows: result.items.map((item): FeedRow => ({ item, language, pageQuery })), total: result.total, page: result.page };
  },
  toItem: ({ item, language, pageQuery }: FeedRow, base) => {
    const { programCode, programName, partner, title, academicPeriod, ...opportunity } = item;
    return {
      id: opportunity.id,
      title: title.text,
      program: { code: programCode, name: programName.text, ...fallbackLanguages({ name: programName }, language) },
      partner: partner && {
        slug: partner.slug,
        name: partner.name,
        country: { code: partner.countryCode, name: countryName(partner.countryCode, language) },
        city: partner.city,
        url: `${base}/partners/${partner.slug}${pageQuery}`,
      },
      direction: opportunity.direction,
      audience: opportunity.audience,
      subjectAreas: opportunity.subjectAreas,
      places: opportunity.places,
      academicYear: opportunity.academicYear,
      academicPeriod: academicPeriod.text,
      durationMonths: opportunity.durationMonths,
      language: opportunity.language,
      languageLevel: opportunity.languageLevel,
      opensAt: opportunity.opensAt,
      closesAt: opportunity.closesAt,
      url: `${base}/opportunities/${opportunity.id}${pageQuery}`,
      ...fallbackLanguages({ title, academicPeriod }, language),
    };
  },
});

export function OPTIONS(): Response {
  return feedPreflight();
}
