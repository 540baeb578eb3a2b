import Link from "next/link";
import { Localized } from "@/components/content/localized";
import type { PublicPartnerCard } from "@/lib/partners/public-queries";
import type { LocalizedText } from "@/lib/translations/content";

export interface PartnerCardProps {
  partner: Pick<PublicPartnerCard, "slug" | "name" | "city">;
  /** The start of the description in the reader's language, or in the one it fell back to. */
  excerpt: LocalizedText;
  /** The page's language: an excerpt in another language is marked with `lang`. */
  locale: string;
  country: string;
  kindLabel: string;
  areaLabels: string[];
  areasHeading: string;
}

/** The excerpt as the query cut it (200 characters), ending on a whole word with an ellipsis. */
function shortened(text: string): string {
  return text.length >= 200 ? `${text.replace(/\s+\S*$/, "")}…` : text;
}

/**
 * One directory result; the partner's name is the link (and the card's heading). Deliberately
 * plain — a page holds 18 of them and every element is rendered, serialised and hydrated.
 */
export function PartnerCard({ partner, excerpt, locale, country, kindLabel, areaLabels, areasHeading }: PartnerCardProps) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-border bg-surface p-5 shadow-sm">
      <h3 className="text-lg leading-snug font-semibold">
        <Link href={`/partners/${partner.slug}`} prefetch={false} className="text-link underline-offset-4 hover:underline">
          {partner.name}
        </Link>
      </h3>
      <p className="text-sm text-muted-foreground">
        {kindLabel} · {partner.city ? `${partner.city}, ${country}` : country}
      </p>
      {excerpt.text && <Localized as="p" className="text-sm" value={{ ...excerpt, text: shortened(excerpt.text) }} locale={locale} />}
      {areaLabels.length > 0 && (
        <p className="mt-auto text-sm font-medium text-info">
          <span className="sr-only">{areasHeading}: </span>
          {areaLabels.join(" · ")}
        </p>
      )}
    </article>
  );
}
