import type { Metadata } from "next";
import { headers } from "next/headers";
import { Newspaper, Rss } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { formatDay } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { listPublicNews } from "@/lib/news/public-queries";
import { NEWS_TEXT_FIELDS, newsPageSchema } from "@/lib/news/schemas";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { contentReader } from "@/lib/translations/reader";
import { NewsCard } from "./_components/news-card";

const PAGE_SIZE = 12;

/** The page's own metadata plus the layout's canonical and language addresses, with the feed beside them. */
export async function generateMetadata(): Promise<Metadata> {
  const [t, requestHeaders, reader] = await Promise.all([getTranslations("news.public"), headers(), contentReader()]);
  const shared = publicPageMetadata(requestHeaders.get("x-pathname"), requestHeaders.get("x-search"));
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: { ...shared.alternates, types: { "application/atom+xml": [{ url: `/news/feed.xml?lang=${reader.locale}`, title: t("feedTitle") }] } },
  };
}

/** The office's news, newest first, in the reader's language (a missing translation shows the default language's text, marked). */
export default async function NewsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const [t, params, reader, timeZone] = await Promise.all([getTranslations("news.public"), searchParams, contentReader(), getInstitutionTimeZone()]);
  const { page: pageNumber } = newsPageSchema.parse(params);
  const page = await listPublicNews(pageNumber, PAGE_SIZE);

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={t("eyebrow")}
        title={t("title")}
        description={t("intro")}
        actions={
          <a href={`/news/feed.xml?lang=${reader.locale}`} className="inline-flex items-center gap-1.5 font-medium text-link underline-offset-4 hover:underline">
            <Rss aria-hidden="true" className="size-4" />
            {t("feedLink")}
          </a>
        }
      />
      {page.rows.length === 0 ? (
        <EmptyState icon={Newspaper} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {page.rows.map((item) => {
            const texts = reader.pick(item, NEWS_TEXT_FIELDS);
            return (
              <li key={item.slug}>
                <NewsCard
                  slug={item.slug}
                  title={texts.title}
                  summary={texts.summary}
                  date={{ iso: item.publishedAt.toISOString(), label: formatDay(item.publishedAt, { locale: reader.locale, timeZone }) }}
                  pictureUrl={item.pictureUrl}
                  locale={reader.locale}
                />
              </li>
            );
          })}
        </ul>
      )}
      {page.total > 0 && <Pagination page={page.page} pageSize={page.pageSize} total={page.total} pathname="/news" searchParams={{}} />}
    </div>
  );
}
