import { LOCALE_PARAM, type AppLocale } from "@/i18n/config";
import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
import { listPublicOpportunities, type PublicOpportunitySummary } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { countryName } from "@/lib/partners/country-names";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";

import { askedLanguage, fallbackLanguages } from "@/lib/import-export/feed-language";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

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
    await requirePublicSectionFeed("opportunities");
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
