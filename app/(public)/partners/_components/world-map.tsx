import { getTranslations } from "@/i18n/server";
import { cn } from "@/components/ui/cn";
import { type BAND_FILLS, memoWorldMapMarkup } from "@/lib/map/map-markup";
import { MAP_BANDS } from "@/lib/map/world-map";

/** The legend's swatches, in the same colours as the map's bands (BAND_FILLS). */
const BAND_SWATCHES = ["bg-blue-200", "bg-blue-400", "bg-blue-600", "bg-blue-800", "bg-blue-950"] as const satisfies { length: (typeof BAND_FILLS)["length"] };

export interface PartnerWorldMapProps {
  /** Public partners per country (alpha-2) under the current filters. */
  counts: ReadonlyMap<string, number>;
  selected?: string;
  countryLabel: (code: string) => string;
  hrefFor: (code: string) => string;
  /** Identifies everything the map depends on besides the counts (locale and filters). */
  cacheKey: string;
}

/**
 * The directory's world map: server-rendered SVG, no client script. Countries with partners are
 * links that filter the directory, each named "Country: n partners"; the others are decoration,
 * hidden from assistive technology. The same filter is offered as the country list of the form.
 */
export async function PartnerWorldMap({ counts, selected, countryLabel, hrefFor, cacheKey }: PartnerWorldMapProps) {
  const t = await getTranslations("directory.map");
  const key = `${cacheKey}|${[...counts].map(([code, count]) => `${code}${count}`).join(",")}`;
  const markup = memoWorldMapMarkup(key, {
    counts,
    selected,
    label: t("label"),
    linkLabel: (code, count) => t("countryLink", { country: countryLabel(code), count }),
    hrefFor,
  });

  return (
    <figure className="space-y-3">
      {/* Markup built from projected paths and escaped labels only (see lib/map/map-markup.ts). */}
      <div dangerouslySetInnerHTML={{ __html: markup }} />
      <figcaption className="flex flex-col gap-2 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
        <span>{t("caption")}</span>
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1" role="group" aria-label={t("legend")}>
          {MAP_BANDS.map((lower, index) => {
            const upper = MAP_BANDS[index + 1];
            return (
              <span key={lower} className="inline-flex items-center gap-1.5">
                <span aria-hidden="true" className={cn("inline-block size-3.5 rounded-sm", BAND_SWATCHES[index])} />
                {upper === undefined
                  ? t("bandFrom", { from: lower })
                  : upper - 1 === lower
                    ? t("bandOne", { value: lower })
                    : t("bandRange", { from: lower, to: upper - 1 })}
              </span>
            );
          })}
        </span>
      </figcaption>
    </figure>
  );
}
