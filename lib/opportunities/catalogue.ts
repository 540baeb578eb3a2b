import "server-only";
import type { AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import type { MobilityProgram, Opportunity, Partner, Prisma } from "@/lib/generated/prisma/client";
import { shortLivedCache } from "@/lib/cache/short-lived";
import { localize } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { CATALOGUE_PAGE_SIZE, catalogueSearchParams, type CatalogueFilter } from "./catalogue-filter";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { findPublicOpportunity } from "./catalogue-detail";
import { countQuery, orderOf, pageQuery, WORD_THRESHOLD, whereOf } from "./catalogue-sql";
import type { PublicOpportunityDetail, PublicOpportunityPage, PublicOpportunitySummary, ReadingLanguage } from "./catalogue-types";

/**
 * The public catalogue: published calls only, read through explicit public shapes so drafts,
 * internal notes, agreements and units never reach a page, the JSON list or the calendar feed.
 * One SQL statement per list page (rows and total together); the detail is one Prisma query
 * (catalogue-detail.ts). Texts staff write are read in the language asked for, else the
 * institution's default (decision 010); the cache keeps a page's rows once, for every language.
 * A host partner is shown only while its profile is public and not archived: publishing refuses
 * any other (service.ts), but a partner can be made private after its call was published.
 */

export type { PublicOpportunityDetail, PublicOpportunityPage, PublicOpportunitySummary, PublicPartner } from "./catalogue-types";

/**
 * One row of the page query (catalogue-sql.ts). Its columns are typed from the Prisma models'
 * fields, so renaming or retyping a column fails the type check here, next to the SQL reading it.
 */
type SummaryRow = Omit<
  Pick<
    Opportunity,
    | "id"
    | "title"
    | "direction"
    | "audience"
    | "subjectAreas"
    | "places"
    | "academicYear"
    | "academicPeriod"
    | "durationMonths"
    | "language"
    | "languageLevel"
    | "opensAt"
    | "closesAt"
  >,
  "durationMonths"
> & {
  /** Cast to float8 in SQL: a plain number rather than Prisma's Decimal. */
  durationMonths: number | null;
  programCode: MobilityProgram["code"];
  programName: MobilityProgram["name"];
  /** Only the title and period of each language (`{"az": {"title": …}}`), and only the program's name. */
  translations: Opportunity["translations"];
  programTranslations: MobilityProgram["translations"];
  /** The partner's columns are null when the call names none, or one without a public profile. */
  partnerName: Partner["name"] | null;
  partnerSlug: Partner["slug"] | null;
  countryCode: Partner["countryCode"] | null;
  city: Partner["city"];
  total: number;
};

type SummaryRowOnly = Omit<SummaryRow, "total">;

/** The rows of one list page, before they are put in a reader's language (that is what the cache keeps). */
interface RowPage {
  rows: SummaryRowOnly[];
  total: number;
  page: number;
  pageSize: number;
}

function toSummary(row: SummaryRowOnly, { locale, defaultLanguage }: ReadingLanguage): PublicOpportunitySummary {
  const texts = localize(row, ["title", "academicPeriod"], locale, defaultLanguage);
  return {
    id: row.id,
    title: texts.title,
    programCode: row.programCode,
    programName: localize({ name: row.programName, translations: row.programTranslations }, ["name"], locale, defaultLanguage).name,
    partner:
      row.partnerName && row.partnerSlug && row.countryCode
        ? { name: row.partnerName, countryCode: row.countryCode, city: row.city, slug: row.partnerSlug }
        : null,
    direction: row.direction,
    audience: row.audience,
    subjectAreas: row.subjectAreas,
    places: row.places,
    academicYear: row.academicYear,
    academicPeriod: texts.academicPeriod,
    durationMonths: row.durationMonths,
    language: row.language,
    languageLevel: row.languageLevel,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
  };
}

/**
 * Runs a text search with sequential and plain index scans priced out, in one transaction. The
 * planner does not know how costly `to_tsvector` and trigram comparisons are per row, so on a
 * few thousand rows it would rather compute them for every row than read the GIN indexes, which
 * answer the same question without computing anything (measured: ~50 ms against ~1 ms for a word
 * found in every title). pg_trgm's strict word-similarity threshold is set to the one typed words
 * are held to (catalogue-sql.ts). `set_config(..., true)` lasts until the end of this transaction only.
 */
async function withIndexedSearchPlan<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  // Prisma's own defaults (2 s to start, 5 s to finish) would fail a search under load that a plain
  // query simply waits out; wait as long as the connection pool does.
  const [, rows] = await db.$transaction(
    [
      db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
        set_config('pg_trgm.strict_word_similarity_threshold', ${String(WORD_THRESHOLD)}, true)`,
      query,
    ],
    { maxWait: 10_000, timeout: 10_000 },
  );
  return rows;
}

/** The reader's language (the default language when none is asked for) and the default it falls back to. */
async function readingLanguage(language: AppLocale | undefined): Promise<ReadingLanguage> {
  const defaultLanguage = await getDefaultContentLanguage();
  return { locale: language ?? defaultLanguage, defaultLanguage };
}

async function localizePage(page: RowPage, language: AppLocale | undefined): Promise<PublicOpportunityPage> {
  const reading = await readingLanguage(language);
  return { items: page.rows.map((row) => toSummary(row, reading)), total: page.total, page: page.page, pageSize: page.pageSize };
}

interface ListOptions {
  now?: Date;
  pageSize?: number;
  /** The reader's language; the institution's default language when not given. */
  language?: AppLocale;
}

/** A page of published, not yet expired calls matching the filters, with the total count. */
export async function listPublicOpportunities(filter: CatalogueFilter, { language, ...options }: ListOptions = {}): Promise<PublicOpportunityPage> {
  return localizePage(await findPublicOpportunityRows(filter, options), language);
}

async function findPublicOpportunityRows(
  filter: CatalogueFilter,
  { now = new Date(), pageSize = CATALOGUE_PAGE_SIZE }: Omit<ListOptions, "language">,
): Promise<RowPage> {
  const where = whereOf(filter, now, await getInstitutionTimeZone());
  const run = <T>(query: Prisma.PrismaPromise<T>) => (filter.q ? withIndexedSearchPlan(query) : query);
  const rows = await run(db.$queryRaw<SummaryRow[]>(pageQuery(where, orderOf(filter), pageSize, (filter.page - 1) * pageSize)));
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && filter.page > 1) {
    // Past the last page the window count is not there; the pager still needs it to lead back.
    const [counted] = await run(db.$queryRaw<{ total: number }[]>(countQuery(where)));
    total = counted?.total ?? 0;
  }
  return { rows: rows.map(({ total: _total, ...row }) => row), total, page: filter.page, pageSize };
}

export interface CatalogueFilterOptions {
  /** Each program's name in the reader's language, sorted in it. */
  programs: { code: string; name: string }[];
  countryCodes: string[];
}

/**
 * The catalogue page's list and filter menus, for 30 seconds (lib/cache/short-lived.ts): the first
 * page and popular searches are asked for over and over. Calls and programs written in this process
 * clear it at once (`clearCatalogueCache`); the JSON and calendar feeds always read afresh.
 */
const catalogueCache = shortLivedCache({ ttlMs: 30_000, maxEntries: 500 });

/** `listPublicOpportunities` for the catalogue page, through the short-lived cache. */
export async function loadCataloguePage(filter: CatalogueFilter, language?: AppLocale): Promise<PublicOpportunityPage> {
  const rows = await catalogueCache.get(`page:${catalogueSearchParams(filter).toString()}`, () => findPublicOpportunityRows(filter, {}));
  return localizePage(rows, language);
}

/** What the filter menus offer: the programs (named in the reader's language) and host countries of published calls. */
export async function getCatalogueFilterOptions(language?: AppLocale): Promise<CatalogueFilterOptions> {
  const [{ programs, countryCodes }, { locale, defaultLanguage }] = await Promise.all([
    catalogueCache.get("options", loadCatalogueFilterOptions),
    readingLanguage(language),
  ]);
  const collator = new Intl.Collator(locale);
  return {
    programs: programs
      .map((program) => ({ code: program.code, name: localize(program, ["name"], locale, defaultLanguage).name.text }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    countryCodes,
  };
}

/** Called by every write to calls or programs in this process. */
export function clearCatalogueCache(): void {
  catalogueCache.clear();
}

/** A row of the filter-menu query, typed from the models' fields (a renamed column fails here). */
type FilterOptionRow =
  | { kind: "program"; value: MobilityProgram["code"]; label: MobilityProgram["name"]; translations: MobilityProgram["translations"] }
  | { kind: "country"; value: Partner["countryCode"]; label: null; translations: null };

/** The filter menus' choices in every language: the programs with their names' translations. */
async function loadCatalogueFilterOptions() {
  const rows = await db.$queryRaw<FilterOptionRow[]>`
    SELECT 'program' AS "kind", p."code" AS "value", p."name" AS "label", p."translations"
      FROM "MobilityProgram" p
      WHERE EXISTS (SELECT 1 FROM "Opportunity" o WHERE o."programId" = p."id" AND o."status" = 'PUBLISHED')
    UNION ALL
    SELECT DISTINCT 'country', pa."countryCode"::text, NULL, NULL::jsonb
      FROM "Opportunity" o JOIN "Partner" pa ON pa."id" = o."partnerId" AND pa."isPublic" AND pa."archivedAt" IS NULL
      WHERE o."status" = 'PUBLISHED'`;
  return {
    programs: rows.flatMap((row) => (row.kind === "program" ? [{ code: row.value, name: row.label, translations: row.translations }] : [])),
    countryCodes: rows.filter((row) => row.kind === "country").map((row) => row.value),
  };
}

/** One published call for its public page in the reader's language (the default language when none is given), or null. */
export async function getPublicOpportunity(id: string, language?: AppLocale): Promise<PublicOpportunityDetail | null> {
  return findPublicOpportunity(id, await readingLanguage(language));
}

/** Deadlines for the calendar feed: published calls closing from a month ago on, soonest first. */
export async function listPublicDeadlines(filter: CatalogueFilter, { now = new Date(), language }: { now?: Date; language?: AppLocale } = {}): Promise<PublicOpportunitySummary[]> {
  const since = new Date(now.getTime() - 31 * 86_400_000);
  const page = await listPublicOpportunities({ ...filter, page: 1 }, { now: since, pageSize: 500, language });
  return page.items;
}

/** Whether applications are being accepted right now. */
export function isOpenNow(opportunity: { opensAt: Date; closesAt: Date }, now = new Date()): boolean {
  return opportunity.opensAt.getTime() <= now.getTime() && now.getTime() < opportunity.closesAt.getTime();
}
