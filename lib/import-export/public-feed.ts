import { z } from "zod";
import { env } from "@/lib/env";

/**
 * Shared pieces of the public JSON feeds (partners, centers): paging parameters, CORS and cache
 * headers. The feeds are read-only and public by design, so any site may embed them.
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
