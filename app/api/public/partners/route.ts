import { isLocale, LOCALE_PARAM, type AppLocale } from "@/i18n/config";
import { firstValue } from "@/lib/forms/fields";
import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
import { countryName } from "@/lib/partners/country-names";
import { PARTNER_TRANSLATABLE_KEYS } from "@/lib/partners/partner-fields";
import { listPublicPartnerFeed } from "@/lib/partners/public-queries";
import { publicPartnerFilterSchema } from "@/lib/partners/schemas";
import { localize, type LocalizedText } from "@/lib/translations/content";
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

/** `descriptionLang: "en"` beside each text that is not in the feed's language (it had no translation). */
function fallbackLanguages(texts: Record<string, LocalizedText>, language: AppLocale): Record<string, AppLocale> {
  return Object.fromEntries(
    Object.entries(texts)
      .filter(([, value]) => value.text !== "" && value.lang !== language)
      .map(([field, value]) => [`${field}Lang`, value.lang]),
  );
}

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
