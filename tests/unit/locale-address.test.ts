import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ADDRESS_LOCALE_HEADER } from "@/i18n/config";
import { localeFromAddress, negotiateLocale } from "@/i18n/negotiate-locale";
import { languageAddress, pageAlternates } from "@/lib/seo/language-addresses";
import { isPrivatePath } from "@/lib/seo/private-paths";
import { proxy } from "@/proxy";
import { cacheKeyOf } from "@/scripts/public-page-cache.mjs";

describe("the language of a request", () => {
  it("takes the address first, then the cookie, then Accept-Language, then English", () => {
    const all = { address: "az", cookie: "ru", acceptLanguage: "en-GB,en;q=0.9" };
    expect(negotiateLocale(all)).toBe("az");
    expect(negotiateLocale({ ...all, address: null })).toBe("ru");
    expect(negotiateLocale({ ...all, address: null, cookie: null })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.5" })).toBe("ru");
    expect(negotiateLocale({ acceptLanguage: "de-DE,fr;q=0.5" })).toBe("en");
    expect(negotiateLocale({})).toBe("en");
  });

  it("ignores an address or cookie naming a language the portal does not speak", () => {
    expect(negotiateLocale({ address: "de", cookie: "ru" })).toBe("ru");
    expect(negotiateLocale({ address: "", cookie: "xx", acceptLanguage: "az-Latn-AZ" })).toBe("az");
  });

  it("reads the language of an address from ?lang=, exactly", () => {
    expect(localeFromAddress(new URLSearchParams("lang=az"))).toBe("az");
    expect(localeFromAddress(new URLSearchParams("q=x&lang=ru"))).toBe("ru");
    expect(localeFromAddress(new URLSearchParams("lang=AZ"))).toBeUndefined();
    expect(localeFromAddress(new URLSearchParams("lang=de"))).toBeUndefined();
    expect(localeFromAddress(new URLSearchParams("q=az"))).toBeUndefined();
  });
});

describe("proxy.ts hands the address's language to the page", () => {
  const forwarded = (url: string, headers: Record<string, string> = {}) => {
    const response = proxy(new NextRequest(url, { headers }));
    const overridden = (response.headers.get("x-middleware-override-headers") ?? "").split(",");
    return {
      locale: overridden.includes(ADDRESS_LOCALE_HEADER) ? response.headers.get(`x-middleware-request-${ADDRESS_LOCALE_HEADER}`) : null,
      search: response.headers.get("x-middleware-request-x-search"),
      robots: response.headers.get("x-robots-tag"),
      cookie: response.headers.get("set-cookie"),
    };
  };

  it("passes ?lang= on, without setting the language cookie", () => {
    expect(forwarded("http://localhost:3000/partners?lang=az")).toMatchObject({ locale: "az", search: "?lang=az", cookie: null });
  });

  it("drops the header when a client sends it itself or names an unknown language", () => {
    expect(forwarded("http://localhost:3000/partners", { [ADDRESS_LOCALE_HEADER]: "ru" }).locale).toBeNull();
    expect(forwarded("http://localhost:3000/partners?lang=xx", { [ADDRESS_LOCALE_HEADER]: "ru" }).locale).toBeNull();
  });

  it("marks staff, student and sign-in pages noindex, and only those", () => {
    expect(forwarded("http://localhost:3000/dashboard", { cookie: "next-auth.session-token=x" }).robots).toBe("noindex");
    expect(forwarded("http://localhost:3000/my/applications").robots).toBe("noindex");
    expect(forwarded("http://localhost:3000/sign-in?lang=ru").robots).toBe("noindex");
    expect(forwarded("http://localhost:3000/partners/x?lang=ru").robots).toBeNull();
  });

  it("keeps the address's language on the way to sign-in", () => {
    const response = proxy(new NextRequest("http://localhost:3000/dashboard/partners?lang=az"));
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("lang")).toBe("az");
    expect(location.searchParams.get("callbackUrl")).toBe("/dashboard/partners?lang=az");
  });
});

describe("a page's addresses in each language", () => {
  const base = "https://iro.example.edu";

  it("adds ?lang= to the page's other parameters and drops Next.js's RSC marker", () => {
    expect(languageAddress(base, "/partners", "?country=NO&_rsc=abc&lang=ru", "az")).toBe(`${base}/partners?country=NO&lang=az`);
    expect(languageAddress(base, "/", "", "ru")).toBe(`${base}/?lang=ru`);
    expect(languageAddress(base, "/partners", "?lang=ru")).toBe(`${base}/partners`);
  });

  it("names every language and x-default, with the served address as canonical", () => {
    expect(pageAlternates(base, "/centers/goethe", "?lang=ru")).toEqual({
      canonical: `${base}/centers/goethe?lang=ru`,
      languages: {
        en: `${base}/centers/goethe?lang=en`,
        az: `${base}/centers/goethe?lang=az`,
        ru: `${base}/centers/goethe?lang=ru`,
        "x-default": `${base}/centers/goethe`,
      },
    });
    expect(pageAlternates(base, "/centers/goethe", "?lang=xx").canonical).toBe(`${base}/centers/goethe`);
  });
});

describe("pages kept out of search engines", () => {
  it.each(["/dashboard", "/dashboard/partners/1", "/my/applications", "/sign-in", "/register", "/reset-password", "/opportunities/abc/apply"])("%s is private", (path) => {
    expect(isPrivatePath(path)).toBe(true);
  });

  it.each(["/", "/partners", "/partners/myers-college", "/opportunities/abc", "/centers", "/events", "/projects/x", "/mystery"])("%s is public", (path) => {
    expect(isPrivatePath(path)).toBe(false);
  });
});

describe("the public page cache and language addresses", () => {
  const get = (url: string) => ({ method: "GET", url, headers: {} });

  it("caches each language's address as a page of its own", () => {
    const keys = ["/partners", "/partners?lang=en", "/partners?lang=az", "/partners?lang=ru"].map((url) => cacheKeyOf(get(url)));
    expect(keys.every((key) => key !== null)).toBe(true);
    expect(new Set(keys).size).toBe(4);
  });
});
