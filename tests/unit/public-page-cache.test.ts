import { describe, expect, it } from "vitest";
import { cacheKeyOf, createPublicPageCache, isSignedInWrite } from "@/scripts/public-page-cache.mjs";

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
