import { getTranslations } from "@/i18n/server";
import { BAND_COLOURS, NO_PARTNERS_COLOUR } from "@/lib/map/map-colours";
import { memoWorldMapMarkup } from "@/lib/map/map-markup";
import { MAP_BANDS } from "@/lib/map/world-map";

const AFTER_MAP_ID = "directory-map-legend";

export interface PartnerWorldMapProps {
  /** Public partners per country (alpha-2) under the current filters. */
  counts: ReadonlyMap<string, number>;
  selected?: string;
  countryLabel: (code: string) => string;
  hrefFor: (code: string) => string;
  /** Identifies everything the map depends on besides the counts (locale and filters). */
  cacheKey: string;
}

function Swatch({ colour }: { colour: string }) {
  return <span aria-hidden="true" className="inline-block size-3.5 rounded-sm ring-1 ring-muted-foreground/50" style={{ backgroundColor: colour }} />;
}

/**
 * The directory's world map: server-rendered SVG, no client script. Countries with partners are
 * links that filter the directory, each named "Country: n partners"; the others are decoration,
 * hidden from assistive technology. The same filter is offered as the country list of the form, and
 * a "skip the map" link (shown on focus) lets keyboard users pass the country links.
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
      <a
        href={`#${AFTER_MAP_ID}`}
        className="sr-only rounded-md bg-primary font-semibold text-primary-foreground focus:not-sr-only focus:inline-block focus:px-4 focus:py-2"
      >
        {t("skip")}
      </a>
      {/* Markup built from projected paths and escaped labels only (see lib/map/map-markup.ts). */}
      <div dangerouslySetInnerHTML={{ __html: markup }} />
      <figcaption id={AFTER_MAP_ID} tabIndex={-1} className="flex flex-col gap-2 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
        <span>{t("caption")}</span>
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1" role="group" aria-label={t("legend")}>
          <span className="inline-flex items-center gap-1.5">
            <Swatch colour={NO_PARTNERS_COLOUR} />
            {t("none")}
          </span>
          {MAP_BANDS.map((lower, index) => {
            const upper = MAP_BANDS[index + 1];
            return (
              <span key={lower} className="inline-flex items-center gap-1.5">
                <Swatch colour={BAND_COLOURS[index]!} />
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
