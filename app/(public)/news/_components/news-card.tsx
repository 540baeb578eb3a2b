import Link from "next/link";
import { Localized } from "@/components/content/localized";
import type { LocalizedText } from "@/lib/translations/content";

export interface NewsCardProps {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The publication date as a machine-readable value and as the reader sees it. */
  date: { iso: string; label: string };
  pictureUrl: string | null;
  locale: string;
  /** The card's heading level in the page outline. */
  headingLevel?: "h2" | "h3";
}

/** One news item in a list: picture, title linking to the item, date and summary. */
export function NewsCard({ slug, title, summary, date, pictureUrl, locale, headingLevel: Heading = "h2" }: NewsCardProps) {
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-lg border border-border bg-surface shadow-sm">
      {pictureUrl && (
        // Decorative here: the title beside it names the item. A plain img: a small upload served by our own route.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={pictureUrl} alt="" width={640} height={360} loading="lazy" decoding="async" className="aspect-video w-full object-cover" />
      )}
      <div className="flex flex-1 flex-col gap-2 p-5">
        <Heading className="text-lg leading-snug font-semibold">
          <Link href={`/news/${slug}`} prefetch={false} className="text-link underline-offset-4 hover:underline">
            <Localized value={title} locale={locale} />
          </Link>
        </Heading>
        <p className="text-sm text-muted-foreground">
          <time dateTime={date.iso}>{date.label}</time>
        </p>
        {summary.text && <Localized value={summary} locale={locale} as="p" className="text-sm" />}
      </div>
    </article>
  );
}
