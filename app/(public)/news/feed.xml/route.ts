import { askedLanguage } from "@/lib/import-export/feed-language";
import { FEED_HEADERS, feedPreflight, publicBaseUrl, publicFeedRoute } from "@/lib/import-export/public-feed";
import { newsFeed } from "@/lib/news/feed";
import { requirePublicSectionFeed } from "@/lib/institution/public-section-guard";

export const dynamic = "force-dynamic";

/**
 * `/news/feed.xml`: the published news as an Atom feed, newest first, in the language asked for with
 * `?lang=az|ru|en` (default: the institution's default language). Items dated in the future are
 * left out until their date. The same CORS and cache headers as the JSON feeds.
 */
export const GET = publicFeedRoute("public.news.feed", async (_url, params) => {
  await requirePublicSectionFeed("news");
  const body = await newsFeed(publicBaseUrl(), askedLanguage(params));
  return new Response(body, { headers: { ...FEED_HEADERS, "Content-Type": "application/atom+xml; charset=utf-8" } });
});

export function OPTIONS(): Response {
  return feedPreflight();
}
