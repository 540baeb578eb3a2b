import Link from "next/link";
import type { getFormatter } from "next-intl/server";
import type { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { formatDateTime, formatDay } from "@/lib/dates/format";
import type { PublicOpportunitySummary } from "@/lib/opportunities/catalogue";
import { countryName } from "@/lib/opportunities/display";
import { languageName } from "@/lib/reference/instruction-languages";

export interface OpportunityCardProps {
  item: PublicOpportunitySummary;
  locale: string;
  /** The institution's zone, in which deadlines end. */
  timeZone: string;
  now: Date;
  /** The page's translator for the "opportunities" namespace and its formatter, shared by every card. */
  t: Awaited<ReturnType<typeof getTranslations<"opportunities">>>;
  format: Awaited<ReturnType<typeof getFormatter>>;
}

/**
 * One call in the catalogue: its title is the link, the facts a student filters by follow. Kept to
 * plain text and few classes (no icons): twenty of these are rendered into both the HTML and the
 * RSC payload of every catalogue page, so each byte counts twice.
 */
export function OpportunityCard({ item, locale, timeZone, now, t, format }: OpportunityCardProps) {
  const open = item.opensAt.getTime() <= now.getTime();
  const where = item.partner
    ? `${item.partner.name} · ${[item.partner.city, countryName(item.partner.countryCode, locale)].filter(Boolean).join(", ")}`
    : null;
  const facts = [
    item.audience.map((level) => t(`audienceShort.${level}`)).join(", "),
    t("card.places", { count: item.places }),
    item.languageLevel
      ? item.language
        ? t("card.language", { language: languageName(item.language, locale), level: item.languageLevel })
        : t("card.languageLevelOnly", { level: item.languageLevel })
      : null,
  ];
  const dates = { locale, timeZone };
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-border bg-surface p-5 text-sm">
      <p className="text-muted-foreground">
        <Localized value={item.programName} locale={locale} /> · <strong className={open ? "text-success" : "text-warning"}>{open ? t("card.open") : t("card.upcoming")}</strong>
      </p>
      <h3 className="text-lg leading-snug font-semibold">
        <Link href={`/opportunities/${item.id}`} className="text-link hover:underline" lang={item.title.lang !== locale ? item.title.lang : undefined}>
          {item.title.text}
        </Link>
      </h3>
      {where && <p>{where}</p>}
      <p>{facts.filter(Boolean).join(" · ")}</p>
      <p className="mt-auto">
        <time dateTime={item.closesAt.toISOString()} className="font-medium">
          {t("card.deadline", { date: formatDateTime(item.closesAt, dates, "medium") })}
        </time>{" "}
        <span className="text-muted-foreground">({t("card.closesIn", { relative: format.relativeTime(item.closesAt, now) })})</span>
        {!open && (
          <>
            <br />
            {t("card.opensOn", { date: formatDay(item.opensAt, dates, "medium") })}
          </>
        )}
      </p>
    </article>
  );
}
