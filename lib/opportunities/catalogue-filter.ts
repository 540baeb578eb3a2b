import { z } from "zod";
import { checkbox, choice, firstValue, isIsoDay, pageParam, searchParam } from "@/lib/forms/fields";
import { CEFR_CODES } from "@/lib/reference/levels";
import { AUDIENCES } from "./schemas";

/**
 * The public catalogue's filters as they appear in the URL (`/opportunities?country=EE&level=MASTER`),
 * shared by the page, the JSON list and the iCalendar feed so one link means the same everywhere.
 * Anything malformed is dropped rather than refused: a hand-edited link still shows a page.
 */

export const CATALOGUE_SORTS = ["deadline", "newest", "relevance"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export const CATALOGUE_PAGE_SIZE = 20;

export const catalogueFilterSchema = z.object({
  /** Free text: title, description and period by prefix, partner name and title also by similarity, host country by name. */
  q: searchParam(z.string().trim().min(1).max(100)),
  /** Host partner's country, ISO alpha-2. */
  country: searchParam(z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase())),
  /** Program code, e.g. ERASMUS_KA171. */
  program: searchParam(z.string().regex(/^[A-Za-z0-9_]{1,40}$/).transform((code) => code.toUpperCase())),
  level: searchParam(choice(AUDIENCES)),
  /** An ISCED-F code of any depth: "02" finds every arts and humanities field. */
  subject: searchParam(z.string().regex(/^\d{2,4}$/)),
  /** The student's language level: calls asking for at most this (or nothing) are shown. */
  cefr: searchParam(choice(CEFR_CODES)),
  /** Only calls taking applications now ("open=1"). */
  open: z.preprocess(firstValue, checkbox),
  /** Deadline on or before this day (YYYY-MM-DD). */
  before: searchParam(z.string().refine(isIsoDay)),
  sort: searchParam(choice(CATALOGUE_SORTS)),
  page: pageParam(1000),
});

export type CatalogueFilter = z.output<typeof catalogueFilterSchema>;

/** Reads the filters from a page's `searchParams` or a request's URLSearchParams. */
export function parseCatalogueFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): CatalogueFilter {
  const record: Record<string, string | string[] | undefined> =
    params instanceof URLSearchParams
      ? Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]))
      : params;
  return catalogueFilterSchema.parse(record);
}

/** The effective order: relevance only makes sense with a text query, deadline otherwise by default. */
export function effectiveSort(filter: CatalogueFilter): CatalogueSort {
  if (filter.sort === "relevance") return filter.q ? "relevance" : "deadline";
  return filter.sort ?? "deadline";
}

/** The filters back as URL parameters (defaults and blanks left out), for links and feeds. */
export function catalogueSearchParams(filter: CatalogueFilter, changes: Partial<Record<keyof CatalogueFilter, string | null>> = {}): URLSearchParams {
  const values: Record<string, string | undefined> = {
    q: filter.q,
    country: filter.country,
    program: filter.program,
    level: filter.level,
    subject: filter.subject,
    cefr: filter.cefr,
    open: filter.open ? "1" : undefined,
    before: filter.before,
    sort: filter.sort,
    page: filter.page > 1 ? String(filter.page) : undefined,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    const changed = key in changes ? changes[key as keyof CatalogueFilter] : value;
    if (changed !== undefined && changed !== null && changed !== "") params.set(key, changed);
  }
  return params;
}

/** Whether any narrowing filter is set (sort and page do not narrow). */
export function hasActiveFilters(filter: CatalogueFilter): boolean {
  return Boolean(filter.q || filter.country || filter.program || filter.level || filter.subject || filter.cefr || filter.open || filter.before);
}
