import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { CalendarPlus, FileJson } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { getCatalogueFilterOptions, loadCataloguePage } from "@/lib/opportunities/catalogue";
import {
  catalogueSearchParams,
  effectiveSort,
  hasActiveFilters,
  parseCatalogueFilter,
  CATALOGUE_SORTS,
} from "@/lib/opportunities/catalogue-filter";
import { countryOptions, subjectFilterOptions } from "@/lib/opportunities/display";
import { AUDIENCES } from "@/lib/opportunities/schemas";
import { contentReader } from "@/lib/translations/reader";
import { CEFR_CODES } from "@/lib/reference/levels";
import { CatalogueFilters } from "./_components/catalogue-filters";
import { OpportunityCard } from "./_components/opportunity-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opportunities.catalogue");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/**
 * The public catalogue. Every filter lives in the URL, so a search can be bookmarked and shared;
 * the list is rendered on the server from one query (rows and total together) plus one for the
 * filter menus, both briefly cached (lib/opportunities/catalogue.ts).
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const filter = parseCatalogueFilter(await searchParams);
  const now = new Date();
  // Titles and program names in the reader's language, else the institution's default (decision 010).
  const { locale } = await contentReader();
  const [result, options, t, format, timeZone] = await Promise.all([
    loadCataloguePage(filter, locale),
    getCatalogueFilterOptions(locale),
    getTranslations("opportunities"),
    getFormatter(),
    getInstitutionTimeZone(),
  ]);
  const query = catalogueSearchParams(filter, { page: null });
  const queryString = query.toString();
  const sorts = CATALOGUE_SORTS.filter((sort) => sort !== "relevance" || filter.q);
  const filtered = hasActiveFilters(filter);

  return (
    <div className="space-y-8">
      <PageHeader eyebrow={t("catalogue.eyebrow")} title={t("catalogue.title")} description={t("catalogue.intro")} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <section aria-labelledby="catalogue-filters" className="min-w-0 space-y-4">
          <h2 id="catalogue-filters" className="text-xl font-semibold">
            {t("catalogue.filtersHeading")}
          </h2>
          <CatalogueFilters
            key={queryString}
            hasFilters={filtered}
            values={{
              q: filter.q ?? "",
              country: filter.country ?? "",
              program: filter.program ?? "",
              level: filter.level ?? "",
              subject: filter.subject ?? "",
              cefr: filter.cefr ?? "",
              before: filter.before ?? "",
              sort: effectiveSort(filter),
              open: filter.open,
            }}
            options={{
              country: countryOptions(options.countryCodes, locale),
              program: options.programs.map((program) => ({ value: program.code, label: program.name })),
              level: AUDIENCES.map((level) => ({ value: level, label: t(`audience.${level}`) })),
              subject: subjectFilterOptions(locale).map((option) => ({
                value: option.value,
                label: option.depth === 0 ? option.label : `\u2003${option.label}`,
              })),
              cefr: CEFR_CODES.map((code) => ({ value: code, label: code })),
              sort: sorts.map((sort) => ({ value: sort, label: t(`catalogue.sorts.${sort}`) })),
            }}
            labels={{
              search: t("catalogue.search"),
              searchHint: t("catalogue.searchHint"),
              country: t("catalogue.country"),
              anyCountry: t("catalogue.anyCountry"),
              program: t("catalogue.program"),
              anyProgram: t("catalogue.anyProgram"),
              level: t("catalogue.level"),
              anyLevel: t("catalogue.anyLevel"),
              subject: t("catalogue.subject"),
              anySubject: t("catalogue.anySubject"),
              cefr: t("catalogue.cefr"),
              anyCefr: t("catalogue.anyCefr"),
              cefrHint: t("catalogue.cefrHint"),
              openNow: t("catalogue.openNow"),
              before: t("catalogue.before"),
              sort: t("catalogue.sort"),
              submit: t("catalogue.submit"),
              clear: t("catalogue.clear"),
            }}
          />
        </section>

        <section aria-labelledby="catalogue-results" className="min-w-0 space-y-6">
          <div className="flex flex-col gap-1">
            <h2 id="catalogue-results" className="text-xl font-semibold">
              {t("catalogue.resultsHeading")}
            </h2>
            <p aria-live="polite" className="text-muted-foreground" data-testid="result-count">
              {t("catalogue.resultCount", { total: result.total })}
            </p>
          </div>
          {result.items.length === 0 ? (
            <EmptyState
              headingLevel="h3"
              title={t("catalogue.emptyTitle")}
              description={t("catalogue.emptyDescription")}
              action={
                filtered ? (
                  <LinkButton href="/opportunities" variant="outline">
                    {t("catalogue.clear")}
                  </LinkButton>
                ) : undefined
              }
            />
          ) : (
            <ul className="grid grid-cols-1 gap-4 xl:grid-cols-2">
              {result.items.map((item) => (
                <li key={item.id}>
                  <OpportunityCard item={item} locale={locale} timeZone={timeZone} now={now} t={t} format={format} />
                </li>
              ))}
            </ul>
          )}
          {result.total > 0 && (
            <Pagination
              page={result.page}
              pageSize={result.pageSize}
              total={result.total}
              pathname="/opportunities"
              searchParams={Object.fromEntries(query.entries())}
            />
          )}
          <nav aria-label={t("catalogue.feedsLabel")} className="flex flex-wrap gap-x-6 gap-y-2 border-t border-border pt-4 text-sm">
            <a href={`/api/public/opportunities.ics${queryString ? `?${queryString}&` : "?"}lang=${locale}`} className="inline-flex items-center gap-2 text-link underline hover:text-link-hover">
              <CalendarPlus aria-hidden="true" className="size-4" />
              {t("catalogue.subscribe")}
            </a>
            <a href={`/api/public/opportunities${queryString ? `?${queryString}&` : "?"}lang=${locale}`} className="inline-flex items-center gap-2 text-link underline hover:text-link-hover">
              <FileJson aria-hidden="true" className="size-4" />
              {t("catalogue.json")}
            </a>
          </nav>
        </section>
      </div>
    </div>
  );
}
