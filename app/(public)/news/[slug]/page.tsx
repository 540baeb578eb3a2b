import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { formatDay } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { getPublicNews } from "@/lib/news/public-queries";
import { NEWS_TEXT_FIELDS } from "@/lib/news/schemas";
import { contentReader } from "@/lib/translations/reader";

interface PageProps {
  params: Promise<{ slug: string }>;
}

/** About 160 characters for search results, cut at a word. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 157).replace(/\s+\S*$/, "")}…` : flat;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const [item, t, reader] = await Promise.all([getPublicNews(slug), getTranslations("news.public"), contentReader()]);
  if (!item) return { title: t("notFoundTitle") };
  const texts = reader.pick(item, NEWS_TEXT_FIELDS);
  const description = excerpt(texts.summary.text || texts.body.text);
  return { title: texts.title.text, description: description || undefined };
}

/** The body's paragraphs: blank lines separate them, single line breaks stay. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** One news item in the reader's language: a text without a translation shows in the default language, marked with `lang`. */
export default async function NewsItemPage({ params }: PageProps) {
  const { slug } = await params;
  const [item, t, reader, timeZone] = await Promise.all([getPublicNews(slug), getTranslations("news.public"), contentReader(), getInstitutionTimeZone()]);
  if (!item) notFound();
  const texts = reader.pick(item, NEWS_TEXT_FIELDS);
  const bodyLang = texts.body.lang !== reader.locale ? texts.body.lang : undefined;

  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <Link href="/news" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <header className="space-y-3 border-b border-border pb-6">
        <Localized value={texts.title} locale={reader.locale} as="h1" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl" />
        <p className="text-muted-foreground">
          <time dateTime={item.publishedAt.toISOString()}>{formatDay(item.publishedAt, { locale: reader.locale, timeZone })}</time>
        </p>
        {texts.summary.text && <Localized value={texts.summary} locale={reader.locale} as="p" className="text-lg" />}
      </header>
      {item.pictureUrl && (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={item.pictureUrl}
          alt={t("pictureAlt", { title: texts.title.text })}
          lang={texts.title.lang !== reader.locale ? texts.title.lang : undefined}
          width={960}
          height={540}
          decoding="async"
          className="aspect-video w-full rounded-lg object-cover"
        />
      )}
      <div lang={bodyLang} className="max-w-prose space-y-4 text-lg leading-relaxed">
        {paragraphsOf(texts.body.text).map((paragraph, index) => (
          // Paragraphs of one text, in order; their position is their identity.
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}
