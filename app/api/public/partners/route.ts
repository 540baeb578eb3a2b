import { LOCALE_PARAM } from "@/i18n/config";
import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
import { countryName } from "@/lib/partners/country-names";
import { PARTNER_TRANSLATABLE_KEYS } from "@/lib/partners/partner-fields";
import { listPublicPartnerFeed } from "@/lib/partners/public-queries";
import { publicPartnerFilterSchema } from "@/lib/partners/schemas";
import { localize } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";

import { askedLanguage, fallbackLanguages } from "@/lib/import-export/feed-language";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

/**
 * Public, read-only JSON feed of the partner directory for embedding in other sites: the same
 * public partners and filters as /partners (q, country, region, kind, area), paged with page and
 * pageSize (at most 100), in the language asked for with lang (the description and the country's
 * name; the partner's name is its official one). Only public fields; CORS open to any origin;
 * cacheable for five minutes.
 */
export const GET = publicFeedHandler("public.partners", {
  parseFilter: (params) => ({ ...publicPartnerFilterSchema.parse(params), lang: askedLanguage(params) }),
  loadPage: async (filter, pageSize) => {
    await requirePublicSectionFeed("partners");
    const [page, defaultLanguage] = await Promise.all([listPublicPartnerFeed(filter, pageSize), getDefaultContentLanguage()]);
    const language = filter.lang ?? defaultLanguage;
    // A page address names its language only when the caller asked for one (decision 008).
    const pageQuery = filter.lang ? `?${LOCALE_PARAM}=${filter.lang}` : "";
    const rows = page.rows.map((partner) => ({ partner, language, pageQuery, texts: localize(partner, PARTNER_TRANSLATABLE_KEYS, language, defaultLanguage) }));
    return { ...page, rows };
  },
  toItem: ({ partner, language, pageQuery, texts }, base) => ({
    slug: partner.slug,
    name: partner.name,
    kind: partner.kind,
    country: { code: partner.countryCode, name: countryName(partner.countryCode, language) },
    city: partner.city,
    website: partner.website,
    areas: partner.areas,
    description: texts.description.text,
    ...fallbackLanguages(texts, language),
    url: `${base}/partners/${partner.slug}${pageQuery}`,
  }),
});

export function OPTIONS(): Response {
  return feedPreflight();
}
