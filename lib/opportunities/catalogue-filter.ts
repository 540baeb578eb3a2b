import { z } from "zod";
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

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blank = (value: unknown) => {
  const single = first(value);
  return single === "" || single === null ? undefined : single;
};
const param = <S extends z.ZodType>(schema: S) => z.preprocess(blank, schema.optional()).catch(undefined);

export const catalogueFilterSchema = z.object({
  /** Free text: title, description and period by prefix, partner name and title also by similarity. */
  q: param(z.string().trim().min(1).max(100)),
  /** Host partner's country, ISO alpha-2. */
  country: param(z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase())),
  /** Program code, e.g. ERASMUS_KA171. */
  program: param(z.string().regex(/^[A-Za-z0-9_]{1,40}$/).transform((code) => code.toUpperCase())),
  level: param(z.enum(AUDIENCES)),
  /** An ISCED-F code of any depth: "02" finds every arts and humanities field. */
  subject: param(z.string().regex(/^\d{2,4}$/)),
  /** The student's language level: calls asking for at most this (or nothing) are shown. */
  cefr: param(z.enum(CEFR_CODES)),
  open: z.preprocess(blank, z.enum(["1", "true", "on"]).optional()).catch(undefined).transform((value) => value !== undefined),
  /** Deadline on or before this day (YYYY-MM-DD). */
  before: param(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((day) => !Number.isNaN(Date.parse(day))),
  ),
  sort: z.preprocess(blank, z.enum(CATALOGUE_SORTS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000)).catch(1),
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
