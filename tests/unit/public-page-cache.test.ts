import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales } from "@/i18n/config";
import { negotiateLocale } from "@/i18n/negotiate-locale";
import { cacheKeyOf, createPublicPageCache, isSignedInWrite, negotiatePageLocale, PAGE_DEFAULT_LOCALE, PAGE_LOCALES } from "@/scripts/public-page-cache.mjs";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });
const html = (headers: Record<string, string | string[]> = {}) => ({ "content-type": "text/html; charset=utf-8", ...headers });

describe("which requests the public page cache answers", () => {
  it.each(["/", "/partners", "/partners?q=tartu&kind=UNIVERSITY", "/partners/uppsala-university", "/centers/confucius", "/opportunities?page=2", "/projects", "/events/x"])(
    "caches the anonymous page %s",
    (url) => {
      expect(cacheKeyOf(get(url))).not.toBeNull();
    },
  );

  it.each(["/floor", "/dashboard", "/dashboard/agreements", "/sign-in", "/my/applications", "/api/public/partners", "/opportunities/abc/apply", "/partners/a/b"])(
    "never caches %s",
    (url) => {
      expect(cacheKeyOf(get(url))).toBeNull();
    },
  );

  it("passes signed-in users, unknown cookies, RSC and prefetch requests and non-GETs through", () => {
    expect(cacheKeyOf(get("/partners", { cookie: "next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKeyOf(get("/partners", { cookie: "__Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(cacheKeyOf(get("/partners", { cookie: "__Host-next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKeyOf(get("/partners", { cookie: "NEXT_LOCALE=az; something=1" }))).toBeNull();
    expect(cacheKeyOf(get("/partners", { rsc: "1" }))).toBeNull();
    expect(cacheKeyOf(get("/partners?_rsc=x1"))).toBeNull();
    expect(cacheKeyOf(get("/partners", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKeyOf({ method: "POST", url: "/partners", headers: {} })).toBeNull();
    expect(cacheKeyOf({ method: "HEAD", url: "/partners", headers: {} })).toBeNull();
  });

  it("keeps the language choice, Accept-Language and compression apart, and ignores sign-in helper cookies", () => {
    const plain = cacheKeyOf(get("/partners"));
    expect(cacheKeyOf(get("/partners", { cookie: "NEXT_LOCALE=az" }))).not.toBe(plain);
    expect(cacheKeyOf(get("/partners", { "accept-language": "ru" }))).not.toBe(plain);
    expect(cacheKeyOf(get("/partners", { "accept-encoding": "gzip, br" }))).not.toBe(plain);
    expect(cacheKeyOf(get("/partners?q=a"))).not.toBe(plain);
    expect(cacheKeyOf(get("/partners", { cookie: "next-auth.csrf-token=x; next-auth.callback-url=y" }))).toBe(plain);
  });

  it("keys on the language the page is rendered in, not on the raw Accept-Language header", () => {
    const english = cacheKeyOf(get("/partners"));
    // Browsers send countless variants: every one that ends in the same language shares one entry.
    for (const header of ["en", "en-US,en;q=0.9", "de-DE,de;q=0.9", "fr, en-GB;q=0.8", "*", "xx;q=0.1,en"]) {
      expect(cacheKeyOf(get("/partners", { "accept-language": header }))).toBe(english);
    }
    const azerbaijani = cacheKeyOf(get("/partners", { "accept-language": "az" }));
    expect(azerbaijani).not.toBe(english);
    expect(cacheKeyOf(get("/partners", { "accept-language": "az-Latn-AZ,ru;q=0.5" }))).toBe(azerbaijani);
    expect(cacheKeyOf(get("/partners", { "accept-language": "ru;q=0.5,az;q=0.9" }))).toBe(azerbaijani);
    expect(cacheKeyOf(get("/partners", { cookie: "NEXT_LOCALE=az", "accept-language": "ru" }))).toBe(azerbaijani);
    // The cookie outranks the browser; an unknown cookie value falls through to it.
    expect(cacheKeyOf(get("/partners", { cookie: "NEXT_LOCALE=xx", "accept-language": "az" }))).toBe(azerbaijani);
    // The address outranks both (and stays in the key as part of the URL).
    expect(cacheKeyOf(get("/partners?lang=ru", { cookie: "NEXT_LOCALE=az" }))).toBe(cacheKeyOf(get("/partners?lang=ru", { "accept-language": "en" })));
  });

  it("negotiates exactly as the application does (i18n/negotiate-locale.ts)", () => {
    expect(PAGE_LOCALES).toEqual(locales);
    expect(PAGE_DEFAULT_LOCALE).toBe(defaultLocale);
    const tag = fc.oneof(fc.constantFrom("en", "az", "ru", "AZ", "ru-RU", "az-Latn-AZ", "en-GB", "de", "fr-CA", "*", "", " ", "x"), fc.string({ maxLength: 8 }));
    const range = fc.tuple(tag, fc.option(fc.oneof(fc.constantFrom("q=0", "q=1", "q=0.5", "q=0.9", "q=abc", " q=0.3", "level=1"), fc.string({ maxLength: 6 })))).map(
      ([t, q]) => (q === null ? t : `${t};${q}`),
    );
    const header = fc.option(fc.tuple(fc.array(range, { maxLength: 5 }), fc.constantFrom(",", ", ", " , ")).map(([ranges, comma]) => ranges.join(comma)));
    const choice = fc.option(fc.oneof(fc.constantFrom("en", "az", "ru", "de", ""), fc.string({ maxLength: 4 })));
    fc.assert(
      fc.property(choice, choice, header, (address, cookie, acceptLanguage) => {
        expect(negotiatePageLocale({ address, cookie, acceptLanguage })).toBe(negotiateLocale({ address, cookie, acceptLanguage }));
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it("empties the cache only on a signed-in user's writes", () => {
    expect(isSignedInWrite({ method: "POST", headers: { cookie: "next-auth.session-token=abc" } })).toBe(true);
    expect(isSignedInWrite({ method: "PATCH", headers: { cookie: "a=1; __Secure-next-auth.session-token.1=abc" } })).toBe(true);
    expect(isSignedInWrite({ method: "POST", headers: { cookie: "__Host-next-auth.session-token=abc" } })).toBe(true);
    expect(isSignedInWrite({ method: "POST", headers: {} })).toBe(false);
    expect(isSignedInWrite({ method: "GET", headers: { cookie: "next-auth.session-token=abc" } })).toBe(false);
  });
});

describe("the public page cache store", () => {
  const page = (body = "<html>ok</html>", headers = html(), status = 200) => ({ status, headers, body: Buffer.from(body) });

  it("keeps a 200 HTML page for the TTL, without connection headers", () => {
    let now = 0;
    const cache = createPublicPageCache({ ttlSeconds: 30, now: () => now });
    expect(cache.set("k", page("<html>a</html>", html({ date: "x", "content-length": "14", "x-page-cache": "miss" })))).toBe(true);
    const hit = cache.get("k");
    expect(hit?.body.toString()).toBe("<html>a</html>");
    expect(hit?.headers).toEqual({ "content-type": "text/html; charset=utf-8", "x-page-cache": "miss" });
    now = 29_999;
    expect(cache.get("k")).toBeDefined();
    now = 30_000;
    expect(cache.get("k")).toBeUndefined();
  });

  it("never keeps the id of the request that rendered the page", () => {
    const cache = createPublicPageCache({ ttlSeconds: 30 });
    cache.set("k", page("<html>a</html>", html({ "x-request-id": "first-request-id" })));
    expect(cache.get("k")?.headers).not.toHaveProperty("x-request-id");
  });

  it("refuses errors, redirects, responses that set cookies and non-HTML", () => {
    const cache = createPublicPageCache({ ttlSeconds: 30 });
    expect(cache.set("a", page("x", html(), 404))).toBe(false);
    expect(cache.set("b", page("x", html(), 307))).toBe(false);
    expect(cache.set("c", page("x", html({ "set-cookie": ["NEXT_LOCALE=az"] })))).toBe(false);
    expect(cache.set("d", page("{}", { "content-type": "application/json" }))).toBe(false);
    expect(cache.size).toBe(0);
  });

  it("stays within its byte budget, dropping the oldest pages first, and empties on clear", () => {
    const cache = createPublicPageCache({ ttlSeconds: 30, maxBytes: 100 });
    for (let i = 0; i < 10; i++) cache.set(`page-${i}`, page("x".repeat(10)));
    expect(cache.size).toBe(10);
    expect(cache.set("too-big", page("x".repeat(13)))).toBe(false); // more than an eighth of the budget
    cache.set("page-10", page("y".repeat(10))); // 110 bytes > 100: the oldest page goes
    expect(cache.get("page-0")).toBeUndefined();
    expect(cache.get("page-1")).toBeDefined();
    expect(cache.get("page-10")?.body.toString()).toBe("y".repeat(10));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(createPublicPageCache({ ttlSeconds: 0 }).enabled).toBe(false);
  });
});
