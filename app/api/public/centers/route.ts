import { LOCALE_PARAM } from "@/i18n/config";
import { listPublicCenters } from "@/lib/centers/public-queries";
import { CENTER_TEXT_FIELDS, centerFilterSchema } from "@/lib/centers/schemas";
import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
import { localize } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";

import { askedLanguage, fallbackLanguages } from "@/lib/import-export/feed-language";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

/**
 * Public, read-only JSON feed of the published centers (q to search in any language, lang for the
 * language of the texts, page and pageSize up to 100). Only public fields; CORS open to any origin;
 * cacheable for five minutes.
 */
export const GET = publicFeedHandler("public.centers", {
  parseFilter: (params) => ({ ...centerFilterSchema.parse(params), lang: askedLanguage(params) }),
  loadPage: async (filter, pageSize) => {
    await requirePublicSectionFeed("centers");
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
