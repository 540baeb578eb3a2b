import type { ReactNode } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { ensureInstitution } from "@/tests/helpers/factories";

/**
 * The public news pages as a visitor sees them (issue 14, decision 010): the item in the page's
 * language, a text without a translation marked with its language, the picture with its alt text,
 * and the home page's latest news.
 */

const request = vi.hoisted(() => ({ locale: "en" as AppLocale }));

vi.mock("next-intl/server", async () => {
  const { createFormatter } = await import("next-intl");
  const messagesOf = async (locale: string) => ({
    common: (await import(`@/messages/${locale}/common.json`)).default,
    news: (await import(`@/messages/${locale}/news.json`)).default,
    home: (await import(`@/messages/${locale}/home.json`)).default,
  });
  return {
    getLocale: async () => request.locale,
    getMessages: async ({ locale }: { locale: AppLocale }) => messagesOf(locale),
    getTimeZone: async () => "Asia/Baku",
    getFormatter: async () => createFormatter({ locale: request.locale, timeZone: "Asia/Baku" }),
  };
});

const { default: NewsItemPage, generateMetadata } = await import("@/app/(public)/news/[slug]/page");
const { LatestNews } = await import("@/app/(public)/news/_components/latest-news");

const SLUG = "sogang-agreement";

beforeAll(async () => {
  await ensureInstitution();
  const picture = await db.storedFile.create({ data: { storageKey: "test/news-picture", fileName: "sogang.png", mimeType: "image/png", sizeBytes: 1, sha256: "0".repeat(64) } });
  await db.newsItem.create({
    data: {
      slug: SLUG,
      title: "Khazar signs an agreement with Sogang University",
      summary: "Student and staff exchanges with Seoul.",
      body: "First paragraph.\n\nSecond paragraph.",
      translations: { az: { title: "Xəzər Sogang Universiteti ilə saziş imzalayıb" } },
      pictureFileId: picture.id,
      isPublished: true,
      publishedAt: new Date("2026-11-20T06:00:00Z"),
    },
  });
  await db.newsItem.create({ data: { slug: "draft-item", title: "A draft nobody sees", isPublished: false } });
});

async function html(page: Promise<ReactNode> | ReactNode): Promise<string> {
  const { prelude } = await prerender(await page);
  return new Response(prelude).text();
}

describe("a news item's page", () => {
  it("shows the Azerbaijani title, and the untranslated summary and body marked English, with the picture's alt text", async () => {
    request.locale = "az";
    const page = await html(NewsItemPage({ params: Promise.resolve({ slug: SLUG }) }));
    expect(page).toMatch(/<h1(?![^>]*lang=)[^>]*>Xəzər Sogang Universiteti ilə saziş imzalayıb<\/h1>/);
    expect(page).toMatch(/<p lang="en"[^>]*>Student and staff exchanges with Seoul.<\/p>/);
    expect(page).toMatch(/<div lang="en"[^>]*><p[^>]*>First paragraph.<\/p><p[^>]*>Second paragraph.<\/p><\/div>/);
    expect(page).toMatch(/<img src="\/news\/sogang-agreement\/picture\?v=[0-9a-f]{8}" alt="Şəkil: Xəzər Sogang Universiteti ilə saziş imzalayıb"/);
    expect(page).toContain('<time dateTime="2026-11-20T06:00:00.000Z">20 noyabr 2026</time>');
  });

  it("gives the title and the summary as metadata, and 404s a draft", async () => {
    request.locale = "en";
    expect(await generateMetadata({ params: Promise.resolve({ slug: SLUG }) })).toEqual({
      title: "Khazar signs an agreement with Sogang University",
      description: "Student and staff exchanges with Seoul.",
    });
    await expect(NewsItemPage({ params: Promise.resolve({ slug: "draft-item" }) })).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
  });
});

describe("the home page's latest news", () => {
  it("lists the visible items with a link to all news", async () => {
    request.locale = "ru";
    const section = await html(LatestNews());
    expect(section).toContain("Последние новости");
    expect(section).toMatch(/<a [^>]*href="\/news\/sogang-agreement"[^>]*><span lang="en">Khazar signs an agreement with Sogang University<\/span><\/a>/);
    expect(section).not.toContain("A draft nobody sees");
    expect(section).toMatch(/<a [^>]*href="\/news"[^>]*>Все новости/);
  });
});
