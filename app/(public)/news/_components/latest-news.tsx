import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { formatDay } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { latestPublicNews } from "@/lib/news/public-queries";
import { NEWS_TEXT_FIELDS } from "@/lib/news/schemas";
import { contentReader } from "@/lib/translations/reader";
import { NewsCard } from "./news-card";

/** How many items the home page shows. */
const HOME_NEWS = 3;

/** The latest news on the home page, with a link to all of it; nothing while there is none. */
export async function LatestNews() {
  const [items, reader, timeZone, t] = await Promise.all([latestPublicNews(HOME_NEWS), contentReader(), getInstitutionTimeZone(), getTranslations("news.home")]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="home-news" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="home-news" className="text-2xl font-bold tracking-tight">
          {t("heading")}
        </h2>
        <Link href="/news" className="inline-flex items-center gap-1.5 font-medium text-link underline-offset-4 hover:underline">
          {t("all")}
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => {
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
                headingLevel="h3"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
