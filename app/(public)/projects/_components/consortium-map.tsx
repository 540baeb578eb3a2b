import { getTranslations } from "@/i18n/server";
import { memoWorldMapMarkup } from "@/lib/map/map-markup";

/**
 * The consortium on the directory's world map (server-drawn SVG, no client script): each country
 * with consortium members is shaded and links to the partner directory filtered by it. The list of
 * countries beside it says the same in words; a "skip the map" link lets keyboard users pass it.
 */
export async function ConsortiumMap({ slug, counts, countryLabel, locale }: { slug: string; counts: ReadonlyMap<string, number>; countryLabel: (code: string) => string; locale: string }) {
  const t = await getTranslations("projects.map");
  if (counts.size === 0) return null;
  const key = `project|${slug}|${locale}|${[...counts].map(([code, count]) => `${code}${count}`).join(",")}`;
  const markup = memoWorldMapMarkup(key, {
    counts,
    label: t("label"),
    linkLabel: (code, count) => t("countryLink", { country: countryLabel(code), count }),
    hrefFor: (code) => `/partners?country=${code}`,
  });
  return (
    <figure className="space-y-2">
      <a href="#consortium-after-map" className="sr-only rounded-md bg-primary font-semibold text-primary-foreground focus:not-sr-only focus:inline-block focus:px-4 focus:py-2">
        {t("skip")}
      </a>
      {/* Markup built from projected paths and escaped labels only (see lib/map/map-markup.ts). */}
      <div dangerouslySetInnerHTML={{ __html: markup }} />
      <figcaption id="consortium-after-map" tabIndex={-1} className="text-sm text-muted-foreground">
        {t("caption")}
      </figcaption>
    </figure>
  );
}
