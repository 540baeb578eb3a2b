import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { memoWorldMapMarkup } from "@/lib/map/map-markup";
import { countryName } from "@/lib/partners/country-names";

/**
 * Partners with an agreement in force, on the directory's world map (server-drawn SVG): each country
 * with partners links to the staff partner list filtered by it. A "skip the map" link lets keyboard
 * users pass its country links; the region chart beside it is its table.
 */
export async function PartnerMap({ countries }: { countries: readonly { countryCode: string; count: number }[] }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.charts.map"), getLocale()]);
  if (countries.length === 0) return null;
  const counts = new Map(countries.map((row) => [row.countryCode, row.count]));
  const markup = memoWorldMapMarkup(`dashboard|${locale}|${countries.map((row) => `${row.countryCode}${row.count}`).join(",")}`, {
    counts,
    label: t("label"),
    linkLabel: (code, count) => t("countryLink", { country: countryName(code, locale), count }),
    hrefFor: (code) => `/dashboard/partners?country=${code}`,
  });
  return (
    <div className="space-y-2 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <a
        href="#dashboard-after-map"
        className="sr-only rounded-md bg-primary font-semibold text-primary-foreground focus:not-sr-only focus:inline-block focus:px-4 focus:py-2"
      >
        {t("skip")}
      </a>
      {/* Markup built from projected paths and escaped labels only (see lib/map/map-markup.ts). */}
      <div dangerouslySetInnerHTML={{ __html: markup }} />
      <p id="dashboard-after-map" tabIndex={-1} className="text-sm text-muted-foreground">
        {t("caption")}
      </p>
    </div>
  );
}
