// @ts-check
/**
 * A micro-cache for the public pages that every visitor sees alike (directory, catalogue, centers,
 * projects, events and their detail pages), in front of Next.js: what a CDN or an nginx
 * micro-cache would do, built in so that one `npm start` behaves the same everywhere.
 *
 * - Only anonymous GETs of HTML documents are cached: any cookie besides the language choice and
 *   next-auth's sign-in helpers (CSRF token, callback URL) bypasses it, and so do RSC and prefetch
 *   requests. The response is kept only when it is a 200 without Set-Cookie.
 * - The key is the URL plus everything else the page depends on: the language the request gets (the
 *   address's `?lang=`, else the language cookie, else Accept-Language, else English; the same
 *   negotiation as i18n/negotiate-locale.ts, which a unit test holds this copy to) and whether the
 *   client takes gzip. Keyed on the language chosen rather than the raw header, the thousands of
 *   Accept-Language variants browsers send share three entries per page.
 * - Entries live `ttlSeconds` (PUBLIC_PAGE_CACHE_SECONDS, default 30; 0 turns the cache off). A
 *   signed-in user's write (any non-GET request with a session cookie: server actions, imports,
 *   uploads) empties the cache when it starts and again when it has finished, in every process of
 *   every instance (lib/cache/cache-bus.mjs, lib/cache/database-bus.mjs).
 * - A cached page keeps the CSP nonce it was rendered with. That is safe: the body is frozen, so no
 *   markup can be added to it after the nonce became known, and every new render draws a new one.
 */

/** Public page paths (the (public) route group), excluding anything per-user. */
const CACHEABLE_PATH = /^\/(?:|partners(?:\/[^/]+)?|centers(?:\/[^/]+)?|opportunities(?:\/[^/]+)?|projects(?:\/[^/]+)?|events(?:\/[^/]+)?)$/;

/** Cookies that do not change what a public page shows. */
const NEUTRAL_COOKIE = /^(?:NEXT_LOCALE|(?:__Host-|__Secure-)?next-auth\.(?:csrf-token|callback-url))$/;

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?next-auth\.session-token(?:\.\d+)?=/;

/** Response headers that describe one connection or one request (its id), not the page. */
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "x-request-id"]);

/** @param {string | undefined} header */
function cookieNames(header) {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => part.split("=")[0]?.trim() ?? "")
    .filter(Boolean);
}

/** @param {string | undefined} header */
function localeCookie(header) {
  const match = header?.match(/(?:^|;\s*)NEXT_LOCALE=([^;]*)/);
  return match ? match[1] : undefined;
}

/** i18n/config.ts's `locales` and `defaultLocale` (plain JavaScript cannot import it; a unit test compares). */
export const PAGE_LOCALES = /** @type {const} */ (["en", "az", "ru"]);
export const PAGE_DEFAULT_LOCALE = "en";

/** @param {unknown} value @returns {value is (typeof PAGE_LOCALES)[number]} */
function isPageLocale(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (PAGE_LOCALES).includes(value);
}

/**
 * The first supported language of an Accept-Language header, by weight, then order; matched on the
 * primary subtag (az-Latn-AZ → az). As i18n/negotiate-locale.ts's localeFromAcceptLanguage.
 * @param {string | undefined} header
 */
function localeFromAcceptLanguage(header) {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [rawTag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: rawTag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.tag !== "" && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0];
    if (isPageLocale(primary)) return primary;
  }
  return undefined;
}

/**
 * The language a page request is rendered in: the address (`?lang=`), the cookie, the browser's, English.
 * @param {{ address?: string | null; cookie?: string | null; acceptLanguage?: string | null }} input
 * @returns {string}
 */
export function negotiatePageLocale({ address, cookie, acceptLanguage }) {
  if (isPageLocale(address)) return address;
  if (isPageLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage ?? undefined) ?? PAGE_DEFAULT_LOCALE;
}

/**
 * The cache key of a request, or null when it must go to Next.js unchanged.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 * @returns {string | null}
 */
export function cacheKeyOf(request) {
  if (request.method !== "GET" || !request.url) return null;
  const headers = request.headers;
  if (headers["rsc"] || headers["next-router-prefetch"] || headers["next-action"] || headers["purpose"] === "prefetch") return null;
  const url = new URL(request.url, "http://cache.invalid");
  if (!CACHEABLE_PATH.test(url.pathname) || url.searchParams.has("_rsc") || url.pathname.endsWith("/apply")) return null;
  const cookie = typeof headers.cookie === "string" ? headers.cookie : undefined;
  if (cookieNames(cookie).some((name) => !NEUTRAL_COOKIE.test(name))) return null;
  const acceptLanguage = typeof headers["accept-language"] === "string" ? headers["accept-language"] : undefined;
  const locale = negotiatePageLocale({ address: url.searchParams.get("lang"), cookie: localeCookie(cookie), acceptLanguage });
  return [url.pathname + url.search, locale, acceptsGzip(request) ? "gzip" : "identity"].join("\n");
}

/** @param {{ headers: Record<string, string | string[] | undefined> }} request */
export function acceptsGzip(request) {
  const header = request.headers["accept-encoding"];
  return typeof header === "string" && /\bgzip\b/.test(header);
}

/**
 * Whether a request is a signed-in user's write, after which cached pages may be out of date.
 * @param {{ method?: string; headers: Record<string, string | string[] | undefined> }} request
 */
export function isSignedInWrite(request) {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  const cookie = request.headers.cookie;
  return typeof cookie === "string" && SESSION_COOKIE.test(cookie);
}

/**
 * @typedef {{ status: number; headers: Record<string, string | string[] | number>; body: Buffer; expires: number }} CachedPage
 */

/**
 * @param {{ ttlSeconds: number; maxBytes?: number; now?: () => number }} options
 */
export function createPublicPageCache({ ttlSeconds, maxBytes = 64 * 1024 * 1024, now = Date.now }) {
  /** @type {Map<string, CachedPage>} */
  const entries = new Map();
  let bytes = 0;

  /** @param {string} key */
  function remove(key) {
    const entry = entries.get(key);
    if (entry) {
      bytes -= entry.body.length;
      entries.delete(key);
    }
  }

  return {
    enabled: ttlSeconds > 0,
    /** @param {string} key */
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        remove(key);
        return undefined;
      }
      return entry;
    },
    /**
     * @param {string} key
     * @param {{ status: number; headers: Record<string, string | string[] | number | undefined>; body: Buffer }} page
     */
    set(key, page) {
      const contentType = String(page.headers["content-type"] ?? "");
      if (page.status !== 200 || page.headers["set-cookie"] !== undefined || !contentType.startsWith("text/html")) return false;
      if (page.body.length > maxBytes / 8) return false;
      remove(key);
      while (bytes + page.body.length > maxBytes && entries.size > 0) remove(entries.keys().next().value ?? "");
      /** @type {Record<string, string | string[] | number>} */
      const headers = {};
      for (const [name, value] of Object.entries(page.headers)) {
        if (value !== undefined && !HOP_HEADERS.has(name)) headers[name] = value;
      }
      entries.set(key, { status: page.status, headers, body: page.body, expires: now() + ttlSeconds * 1000 });
      bytes += page.body.length;
      return true;
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
  };
}
