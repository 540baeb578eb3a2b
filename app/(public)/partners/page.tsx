import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Globe2 } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { hrefWith, type SearchParamsRecord } from "@/components/ui/table-search-params";
import { allCountriesSorted, countryName } from "@/lib/partners/country-names";
import { loadDirectory } from "@/lib/partners/public-queries";
import { publicPartnerFilterSchema, type PublicPartnerFilter } from "@/lib/partners/schemas";
import { contentReader } from "@/lib/translations/reader";
import { DirectoryFilters } from "./_components/directory-filters";
import { PartnerCard } from "./_components/partner-card";
import { PartnerWorldMap } from "./_components/world-map";

const MAP_SECTION_ID = "directory-map";

interface PageProps {
  searchParams: Promise<SearchParamsRecord>;
}

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const [t, locale, params] = await Promise.all([getTranslations("directory"), getLocale(), searchParams]);
  const filter = publicPartnerFilterSchema.parse(params);
  return {
    title: filter.country ? t("metaTitleCountry", { country: countryName(filter.country, locale) }) : t("metaTitle"),
    description: t("metaDescription"),
  };
}

/** The URL parameters a filter is written back as (empty ones left out). */
function filterParams(filter: PublicPartnerFilter): SearchParamsRecord {
  return { q: filter.q, country: filter.country, region: filter.region, kind: filter.kind, area: filter.area };
}

/**
 * The public partner directory: search, filters, results, then the world map, all in the URL. The
 * results come before the map, so on a phone they start on the first screen and the keyboard reaches
 * them before the map's forty country links (which a "skip the map" link then lets one pass); with
 * no result there is no map at all, only the empty state. Two queries (this page of results with its
 * total, and the per-country counts for the map) run in parallel, briefly cached in memory
 * (lib/partners/directory-cache.ts).
 */
export default async function PartnerDirectoryPage({ searchParams }: PageProps) {
  const [t, tp, reader, params] = await Promise.all([getTranslations("directory"), getTranslations("partners"), contentReader(), searchParams]);
  const { locale } = reader;
  const filter = publicPartnerFilterSchema.parse(params);
  const { page, counts } = await loadDirectory(filter);

  // The sorted, named country list is built once per locale; a request only filters it.
  const countries = allCountriesSorted(locale)
    .filter((country) => counts.has(country.code))
    .map((country) => ({ ...country, count: counts.get(country.code)! }));
  const current = filterParams(filter);
  const nameOf = (code: string) => countryName(code, locale);
  const mapKey = JSON.stringify([locale, current]);
  const found = page.rows.length > 0;

  return (
    <div className="space-y-8 sm:space-y-10">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} description={t("intro")} />

      <DirectoryFilters filter={filter} countries={countries} />

      <section aria-labelledby="directory-results-heading" className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="directory-results-heading" className="text-2xl font-bold tracking-tight">
            {filter.country
              ? t("results.headingCountry", { count: page.total, country: nameOf(filter.country) })
              : t("results.heading", { count: page.total })}
          </h2>
          {found && (
            <a href={`#${MAP_SECTION_ID}`} className="text-sm font-medium text-link underline hover:text-link-hover">
              {t("map.jump")}
            </a>
          )}
        </div>
        {found ? (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {page.rows.map((partner) => (
              <li key={partner.slug}>
                <PartnerCard
                  partner={partner}
                  excerpt={reader.pick({ excerpt: partner.excerpt, translations: partner.excerptTranslations }, ["excerpt"]).excerpt}
                  locale={locale}
                  country={nameOf(partner.countryCode)}
                  kindLabel={tp(`kinds.${partner.kind}`)}
                  areaLabels={partner.areas.map((area) => tp(`areas.${area}`))}
                  areasHeading={tp("fields.areas")}
                />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            icon={Globe2}
            headingLevel="h3"
            title={t("results.emptyTitle")}
            description={t("results.emptyDescription")}
            action={
              <LinkButton href="/partners" variant="outline">
                {t("filters.clear")}
              </LinkButton>
            }
          />
        )}
        {page.total > 0 && (
          <Pagination page={page.page} pageSize={page.pageSize} total={page.total} pathname="/partners" searchParams={current} />
        )}
      </section>

      {found && (
        <section id={MAP_SECTION_ID} aria-labelledby="directory-map-heading" className="scroll-mt-4 space-y-3">
          <h2 id="directory-map-heading" className="text-2xl font-bold tracking-tight">
            {t("map.heading")}
          </h2>
          <PartnerWorldMap
            counts={counts}
            selected={filter.country}
            countryLabel={nameOf}
            hrefFor={(code) => hrefWith("/partners", current, { country: code, page: null })}
            cacheKey={mapKey}
          />
        </section>
      )}
    </div>
  );
}
