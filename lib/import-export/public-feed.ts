import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError, HTTP_STATUS } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { firstValue } from "@/lib/forms/fields";

/**
 * The public feeds (partners, centers, opportunities, and the deadlines calendar): one handler
 * gives them the same shape and behaviour — paging parameters, open CORS, the same cache headers,
 * a refused search in words. The feeds are read-only and public by design, so any site may embed
 * them.
 */

export const FEED_DEFAULT_PAGE_SIZE = 50;
export const FEED_MAX_PAGE_SIZE = 100;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const feedPagingSchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  pageSize: z.preprocess(first, z.coerce.number().int().min(1).max(FEED_MAX_PAGE_SIZE)).catch(FEED_DEFAULT_PAGE_SIZE),
});

export const FEED_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  // Five minutes fresh in browsers and shared caches, then served stale while revalidating.
  "Cache-Control": "public, max-age=300, s-maxage=300, stale-while-revalidate=600",
  "X-Content-Type-Options": "nosniff",
} as const;

/** The answer to a CORS preflight. */
export function feedPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...FEED_HEADERS, "Access-Control-Max-Age": "86400" } });
}

/** Search parameters as the record the filter schemas take (repeated keys become arrays). */
export function searchParamsRecord(url: URL): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/** `links.self/next/prev` of a page, keeping the request's other parameters. */
export function pageLinks(url: URL, page: number, totalPages: number): { self: string; next: string | null; prev: string | null } {
  const at = (target: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(target));
    return next.toString();
  };
  return { self: at(page), next: page < totalPages ? at(page + 1) : null, prev: page > 1 ? at(Math.min(page - 1, totalPages)) : null };
}

/** The portal's public address without a trailing slash, for the absolute URLs a feed gives. */
export function publicBaseUrl(): string {
  return env().APP_URL.replace(/\/$/, "");
}

/**
 * A feed page as JSON: the items, the paging figures and `links` to the neighbouring pages, with
 * the feed headers (open CORS, five-minute cache).
 */
export function feedResponse<T>(url: URL, result: { page: number; total: number }, pageSize: number, data: T[]): Response {
  const totalPages = Math.max(1, Math.ceil(result.total / pageSize));
  return Response.json(
    { data, page: result.page, pageSize, total: result.total, totalPages, links: pageLinks(url, result.page, totalPages) },
    { headers: FEED_HEADERS },
  );
}

/** The longest search a feed takes; the filter schemas drop longer ones (the catalogue's at 100). */
const FEED_SEARCH_MAX_LENGTH = 200;

/**
 * A search the filter dropped (over-long) answers 400 with a message rather than silently the whole
 * list, which a caller would take for the search's result.
 */
export function refuseDroppedSearch(params: Record<string, string | string[]>, filter: { q?: string }): void {
  const asked = firstValue(params.q);
  const searched = typeof asked === "string" && asked.trim() !== "";
  if (searched && (filter.q === undefined || asked.length > FEED_SEARCH_MAX_LENGTH)) {
    throw new AppError("BAD_REQUEST", { messageKey: "importExport.feed.searchTooLong" });
  }
}

/**
 * A refused feed request, with the feed headers except the cache, so the embedding site can read
 * the answer (a response without CORS headers is opaque to it).
 */
function feedError(error: AppError): Response {
  return Response.json(
    { error: error.code, message: error.messageKey },
    { status: HTTP_STATUS[error.code], headers: { ...FEED_HEADERS, "Cache-Control": "no-store" } },
  );
}

/** A route handler as Next.js calls it (the feeds have no path parameters). */
export type FeedHandler = (request: Request, context: unknown) => Promise<Response>;

/** What a feed route gives: how to read its filters, load a page, and show one row. */
export interface FeedDefinition<Filter extends { q?: string }, Row> {
  parseFilter: (params: Record<string, string | string[]>) => Filter;
  loadPage: (filter: Filter, pageSize: number) => Promise<{ rows: Row[]; total: number; page: number }>;
  toItem: (row: Row, baseUrl: string) => unknown;
}

/**
 * A feed's GET handler: filters and paging from the query string, then
 * `{ data, page, pageSize, total, totalPages, links }` with the feed headers (`feedResponse`).
 */
export function publicFeedHandler<Filter extends { q?: string }, Row>(
  name: string,
  feed: FeedDefinition<Filter, Row>,
): FeedHandler {
  return publicFeedRoute(name, async (url, params) => {
    const filter = feed.parseFilter(params);
    refuseDroppedSearch(params, filter);
    const { pageSize } = feedPagingSchema.parse(params);
    const result = await feed.loadPage(filter, pageSize);
    const baseUrl = publicBaseUrl();
    return feedResponse(url, result, pageSize, result.rows.map((row) => feed.toItem(row, baseUrl)));
  });
}

/**
 * A feed route of any format (JSON pages, the iCalendar file): `routeHandler`'s logging and error
 * handling, with refusals answered with the feed headers.
 */
export function publicFeedRoute(
  name: string,
  answer: (url: URL, params: Record<string, string | string[]>, request: Request) => Promise<Response>,
): FeedHandler {
  return routeHandler<unknown>(name, async (request) => {
    const url = new URL(request.url);
    try {
      return await answer(url, searchParamsRecord(url), request);
    } catch (error) {
      if (error instanceof AppError) return feedError(error);
      throw error;
    }
  });
}
