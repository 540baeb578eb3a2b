import "server-only";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/forms/fields";
import type { MobilityProgram, Opportunity, Partner, Prisma } from "@/lib/generated/prisma/client";
import type { Audience, CefrLevel, MobilityDirection } from "@/lib/generated/prisma/enums";
import { shortLivedCache } from "@/lib/cache/short-lived";
import { CATALOGUE_PAGE_SIZE, catalogueSearchParams, type CatalogueFilter } from "./catalogue-filter";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { countQuery, orderOf, pageQuery, WORD_THRESHOLD, whereOf } from "./catalogue-sql";

/**
 * The public catalogue: published calls only, read through explicit public shapes so drafts,
 * internal notes, agreements and units never reach a page, the JSON list or the calendar feed.
 * One SQL statement per list page (rows and total together); the detail is one Prisma query.
 * A host partner is shown only while its profile is public and not archived: publishing refuses
 * any other (service.ts), but a partner can be made private after its call was published.
 */

/** A host partner with a public profile (its page is /partners/<slug>). */
export interface PublicPartner {
  name: string;
  countryCode: string;
  city: string | null;
  slug: string;
}

export interface PublicOpportunitySummary {
  id: string;
  title: string;
  programCode: string;
  programName: string;
  partner: PublicPartner | null;
  direction: MobilityDirection;
  audience: Audience[];
  subjectAreas: string[];
  places: number;
  academicYear: number;
  academicPeriod: string;
  durationMonths: number | null;
  language: string | null;
  languageLevel: CefrLevel | null;
  opensAt: Date;
  closesAt: Date;
}

export interface PublicOpportunityPage {
  items: PublicOpportunitySummary[];
  total: number;
  page: number;
  pageSize: number;
}

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
  /** The partner's columns are null when the call names none, or one without a public profile. */
  partnerName: Partner["name"] | null;
  partnerSlug: Partner["slug"] | null;
  countryCode: Partner["countryCode"] | null;
  city: Partner["city"];
  total: number;
};

function toSummary(row: Omit<SummaryRow, "total">): PublicOpportunitySummary {
  return {
    id: row.id,
    title: row.title,
    programCode: row.programCode,
    programName: row.programName,
    partner:
      row.partnerName && row.partnerSlug && row.countryCode
        ? { name: row.partnerName, countryCode: row.countryCode, city: row.city, slug: row.partnerSlug }
        : null,
    direction: row.direction,
    audience: row.audience,
    subjectAreas: row.subjectAreas,
    places: row.places,
    academicYear: row.academicYear,
    academicPeriod: row.academicPeriod,
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

/** A page of published, not yet expired calls matching the filters, with the total count. */
export async function listPublicOpportunities(
  filter: CatalogueFilter,
  { now = new Date(), pageSize = CATALOGUE_PAGE_SIZE }: { now?: Date; pageSize?: number } = {},
): Promise<PublicOpportunityPage> {
  const where = whereOf(filter, now, await getInstitutionTimeZone());
  const run = <T>(query: Prisma.PrismaPromise<T>) => (filter.q ? withIndexedSearchPlan(query) : query);
  const rows = await run(db.$queryRaw<SummaryRow[]>(pageQuery(where, orderOf(filter), pageSize, (filter.page - 1) * pageSize)));
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && filter.page > 1) {
    // Past the last page the window count is not there; the pager still needs it to lead back.
    const [counted] = await run(db.$queryRaw<{ total: number }[]>(countQuery(where)));
    total = counted?.total ?? 0;
  }
  return { items: rows.map(({ total: _total, ...row }) => toSummary(row)), total, page: filter.page, pageSize };
}

export interface CatalogueFilterOptions {
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
export function loadCataloguePage(filter: CatalogueFilter): Promise<PublicOpportunityPage> {
  return catalogueCache.get(`page:${catalogueSearchParams(filter).toString()}`, () => listPublicOpportunities(filter));
}

/** What the filter menus offer: the programs and host countries of published calls. */
export function getCatalogueFilterOptions(): Promise<CatalogueFilterOptions> {
  return catalogueCache.get("options", loadCatalogueFilterOptions);
}

/** Called by every write to calls or programs in this process. */
export function clearCatalogueCache(): void {
  catalogueCache.clear();
}

/** A row of the filter-menu query, typed from the models' fields (a renamed column fails here). */
type FilterOptionRow =
  | { kind: "program"; value: MobilityProgram["code"]; label: MobilityProgram["name"] }
  | { kind: "country"; value: Partner["countryCode"]; label: null };

async function loadCatalogueFilterOptions(): Promise<CatalogueFilterOptions> {
  const rows = await db.$queryRaw<FilterOptionRow[]>`
    SELECT 'program' AS "kind", p."code" AS "value", p."name" AS "label"
      FROM "MobilityProgram" p
      WHERE EXISTS (SELECT 1 FROM "Opportunity" o WHERE o."programId" = p."id" AND o."status" = 'PUBLISHED')
    UNION ALL
    SELECT DISTINCT 'country', pa."countryCode"::text, NULL
      FROM "Opportunity" o JOIN "Partner" pa ON pa."id" = o."partnerId" AND pa."isPublic" AND pa."archivedAt" IS NULL
      WHERE o."status" = 'PUBLISHED'`;
  return {
    programs: rows
      .flatMap((row) => (row.kind === "program" ? [{ code: row.value, name: row.label }] : []))
      .sort((a, b) => a.name.localeCompare(b.name)),
    countryCodes: rows.filter((row) => row.kind === "country").map((row) => row.value),
  };
}

const publicDetailSelect = {
  id: true,
  title: true,
  description: true,
  direction: true,
  audience: true,
  subjectAreas: true,
  places: true,
  funding: true,
  academicYear: true,
  academicPeriod: true,
  durationMonths: true,
  language: true,
  languageLevel: true,
  otherRequirements: true,
  selectionCriteria: true,
  opensAt: true,
  closesAt: true,
  updatedAt: true,
  program: { select: { code: true, name: true, description: true, url: true } },
  partner: { select: { name: true, slug: true, countryCode: true, city: true, website: true, isPublic: true, archivedAt: true } },
  requiredDocuments: {
    select: { id: true, name: true, description: true, isMandatory: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  },
} satisfies Prisma.OpportunitySelect;

export interface PublicOpportunityDetail extends Omit<PublicOpportunitySummary, "programCode" | "programName" | "partner"> {
  description: string;
  funding: string;
  otherRequirements: string;
  selectionCriteria: { label: string; weight: number }[];
  updatedAt: Date;
  program: { code: string; name: string; description: string; url: string | null };
  partner: (PublicPartner & { website: string | null }) | null;
  requiredDocuments: { id: string; name: string; description: string; isMandatory: boolean }[];
}

function criteriaOf(value: unknown): { label: string; weight: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { label, weight } = entry as { label?: unknown; weight?: unknown };
    return typeof label === "string" && typeof weight === "number" ? [{ label, weight }] : [];
  });
}

/** One published call for its public page, or null (unknown id, draft or closed). */
export async function getPublicOpportunity(id: string): Promise<PublicOpportunityDetail | null> {
  if (!isUuid(id)) return null;
  const row = await db.opportunity.findFirst({ where: { id, status: "PUBLISHED" }, select: publicDetailSelect });
  if (!row) return null;
  const { partner, durationMonths, selectionCriteria, ...rest } = row;
  return {
    ...rest,
    durationMonths: durationMonths === null ? null : Number(durationMonths),
    selectionCriteria: criteriaOf(selectionCriteria),
    partner:
      partner?.isPublic && !partner.archivedAt
        ? { name: partner.name, countryCode: partner.countryCode, city: partner.city, website: partner.website, slug: partner.slug }
        : null,
  };
}

/** Deadlines for the calendar feed: published calls closing from a month ago on, soonest first. */
export async function listPublicDeadlines(filter: CatalogueFilter, now = new Date()): Promise<PublicOpportunitySummary[]> {
  const since = new Date(now.getTime() - 31 * 86_400_000);
  const page = await listPublicOpportunities({ ...filter, page: 1 }, { now: since, pageSize: 500 });
  return page.items;
}

/** Whether applications are being accepted right now. */
export function isOpenNow(opportunity: { opensAt: Date; closesAt: Date }, now = new Date()): boolean {
  return opportunity.opensAt.getTime() <= now.getTime() && now.getTime() < opportunity.closesAt.getTime();
}
