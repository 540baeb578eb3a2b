import "server-only";
import { createTranslator } from "next-intl";
import { LOCALE_PARAM, type AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import { getInstitution } from "@/lib/institution/queries";
import { localize } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { buildAtomFeed } from "./atom";
import { latestPublicNews } from "./public-queries";
import { NEWS_TEXT_FIELDS } from "./schemas";

/** How many items the feed carries: readers keep what they fetched before. */
export const FEED_ENTRIES = 50;

/**
 * The Atom feed of the visible news in one language (`language`, or the institution's default when
 * none was asked for). Addresses name the language only when the caller asked for one (decision 008).
 */
export async function newsFeed(baseUrl: string, asked: AppLocale | undefined, now = new Date()): Promise<string> {
  const defaultLanguage = await getDefaultContentLanguage();
  const language = asked ?? defaultLanguage;
  const query = asked ? `?${LOCALE_PARAM}=${asked}` : "";
  const [items, institution, messages] = await Promise.all([latestPublicNews(FEED_ENTRIES, now), getInstitution(language), loadMessages(language, ["news"])]);
  // Catalogues are loosely typed (see i18n/next-intl.d.ts), so the translator is narrowed by hand.
  const t = createTranslator({ locale: language, messages }) as unknown as (key: string, values?: Record<string, string>) => string;
  return buildAtomFeed({
    selfUrl: `${baseUrl}/news/feed.xml${query}`,
    pageUrl: `${baseUrl}/news${query}`,
    title: t("news.feed.title", { name: institution.name }),
    subtitle: t("news.feed.subtitle", { name: institution.name }),
    author: institution.name,
    language,
    emptyUpdated: now,
    entries: items.map((item) => {
      const texts = localize(item, NEWS_TEXT_FIELDS, language, defaultLanguage);
      const page = `${baseUrl}/news/${encodeURIComponent(item.slug)}`;
      return {
        id: page,
        url: `${page}${query}`,
        title: texts.title,
        summary: texts.summary,
        body: texts.body,
        published: item.publishedAt,
        updated: item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt,
        pictureUrl: item.pictureUrl ? `${baseUrl}${item.pictureUrl}` : null,
      };
    }),
  });
}
