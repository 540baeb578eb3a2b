import Link from "next/link";
import type { PublicPartnerCard } from "@/lib/partners/public-queries";

export interface PartnerCardProps {
  partner: PublicPartnerCard;
  country: string;
  kindLabel: string;
  areaLabels: string[];
  areasHeading: string;
}

/**
 * One directory result; the partner's name is the link (and the card's heading). Deliberately
 * plain — a page holds 18 of them and every element is rendered, serialised and hydrated.
 */
export function PartnerCard({ partner, country, kindLabel, areaLabels, areasHeading }: PartnerCardProps) {
  const excerpt = partner.excerpt.length >= 200 ? `${partner.excerpt.replace(/\s+\S*$/, "")}…` : partner.excerpt;
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
      {excerpt && <p className="text-sm">{excerpt}</p>}
      {areaLabels.length > 0 && (
        <p className="mt-auto text-sm font-medium text-info">
          <span className="sr-only">{areasHeading}: </span>
          {areaLabels.join(" · ")}
        </p>
      )}
    </article>
  );
}
