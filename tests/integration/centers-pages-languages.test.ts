import type { ReactNode } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppLocale } from "@/i18n/config";
import { createCenter } from "@/tests/helpers/partner-factories";

/**
 * Issue 10, part 1 (decision 010), as a visitor sees it: the public center pages render a center's
 * texts in the page's language, and a text that has no translation in the default language (English
 * here) inside an element with `lang="en"`, so screen readers read it in the right voice.
 */

/** The page's language, as the request would give it (address, cookie or browser). */
const request = vi.hoisted(() => ({ locale: "en" as AppLocale }));

/** next-intl's request-scoped helpers, which need Next's request context, answered for that language. */
vi.mock("next-intl/server", async () => {
  const { createFormatter } = await import("next-intl");
  const messagesOf = async (locale: string) => ({
    common: (await import(`@/messages/${locale}/common.json`)).default,
    centers: (await import(`@/messages/${locale}/centers.json`)).default,
  });
  return {
    getLocale: async () => request.locale,
    getMessages: async ({ locale }: { locale: AppLocale }) => messagesOf(locale),
    getTimeZone: async () => "Asia/Baku",
    getFormatter: async () => createFormatter({ locale: request.locale, timeZone: "Asia/Baku" }),
  };
});

const { default: CentersPage } = await import("@/app/(public)/centers/page");
const { default: CenterPage, generateMetadata } = await import("@/app/(public)/centers/[slug]/page");

let slug: string;

beforeAll(async () => {
  const center = await createCenter({
    name: "Restoration Center",
    description: "A workshop for restoring old books.",
    location: "Library Building, Room 9",
    openingHours: "Monday–Friday, 10:00–16:00",
    translations: { az: { name: "Bərpa Mərkəzi", description: "Köhnə kitabların bərpası üzrə emalatxana." } },
  });
  slug = center.slug;
});

/** A page as HTML: rendered as the server would, awaiting the components that load data. */
async function html(page: Promise<ReactNode>): Promise<string> {
  const { prelude } = await prerender(await page);
  return new Response(prelude).text();
}

async function centerPage(locale: AppLocale): Promise<string> {
  request.locale = locale;
  return html(CenterPage({ params: Promise.resolve({ slug }) }));
}

describe("the public center pages", () => {
  it("show the visitor's language, and a text without a translation in the default language marked with its lang", async () => {
    // The translated texts carry no lang (they are in the page's language); the fallback names English.
    const azerbaijani = await centerPage("az");
    expect(azerbaijani).toMatch(/<h1(?![^>]*lang=)[^>]*>Bərpa Mərkəzi<\/h1>/);
    expect(azerbaijani).toMatch(/<p(?![^>]*lang=)[^>]*>Köhnə kitabların bərpası üzrə emalatxana.<\/p>/);
    expect(azerbaijani).toMatch(/<dd lang="en"[^>]*>Library Building, Room 9<\/dd>/);
    expect(azerbaijani).toMatch(/<dd lang="en"[^>]*>Monday–Friday, 10:00–16:00<\/dd>/);

    const russian = await centerPage("ru");
    expect(russian).toMatch(/<h1 lang="en"[^>]*>Restoration Center<\/h1>/);

    const english = await centerPage("en");
    expect(english).toMatch(/<h1[^>]*>Restoration Center<\/h1>/);
    expect(english).not.toContain(`lang="`);
  });

  it("give the page's title and description in the visitor's language", async () => {
    request.locale = "az";
    expect(await generateMetadata({ params: Promise.resolve({ slug }) })).toEqual({
      title: "Bərpa Mərkəzi",
      description: "Köhnə kitabların bərpası üzrə emalatxana.",
    });
  });

  it("list the centers in the visitor's language, found by a search in it", async () => {
    request.locale = "az";
    const list = await html(CentersPage({ searchParams: Promise.resolve({ q: "emalatxana" }) }));
    expect(list).toMatch(/<a [^>]*href="\/centers\/center-[^"]+"[^>]*><span>Bərpa Mərkəzi<\/span><\/a>/);
    expect(list).toContain(`<span lang="en">Library Building, Room 9</span>`);
  });
});
