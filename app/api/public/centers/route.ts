import { isLocale, LOCALE_PARAM, type AppLocale } from "@/i18n/config";
import { listPublicCenters } from "@/lib/centers/public-queries";
import { CENTER_TEXT_FIELDS, centerFilterSchema } from "@/lib/centers/schemas";
import { firstValue } from "@/lib/forms/fields";
import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
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
 * Public, read-only JSON feed of the published centers (q to search in any language, lang for the
 * language of the texts, page and pageSize up to 100). Only public fields; CORS open to any origin;
 * cacheable for five minutes.
 */
export const GET = publicFeedHandler("public.centers", {
  parseFilter: (params) => ({ ...centerFilterSchema.parse(params), lang: askedLanguage(params) }),
  loadPage: async (filter, pageSize) => {
    const [page, defaultLanguage] = await Promise.all([listPublicCenters(filter, pageSize), getDefaultContentLanguage()]);
    const language = filter.lang ?? defaultLanguage;
    // A page address names its language only when the caller asked for one (decision 008).
    const pageQuery = filter.lang ? `?${LOCALE_PARAM}=${filter.lang}` : "";
    const rows = page.rows.map((center) => ({ center, language, pageQuery, texts: localize(center, CENTER_TEXT_FIELDS, language, defaultLanguage) }));
    return { ...page, rows };
  },
  toItem: ({ center, language, pageQuery, texts }, base) => ({
    slug: center.slug,
    name: texts.name.text,
    organization: center.organization,
    description: texts.description.text,
    location: texts.location.text,
    openingHours: texts.openingHours.text,
    ...fallbackLanguages(texts, language),
    email: center.email,
    phone: center.phone,
    website: center.website,
    pictureUrl: center.pictureUrl ? `${base}${center.pictureUrl}` : null,
    url: `${base}/centers/${center.slug}${pageQuery}`,
    updatedAt: center.updatedAt,
  }),
});

export function OPTIONS(): Response {
  return feedPreflight();
}
