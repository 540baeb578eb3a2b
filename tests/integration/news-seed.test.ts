import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NEWS_TEXT_FIELDS } from "@/lib/news/schemas";
import { isPubliclyVisible } from "@/lib/news/visibility";
import { readTranslations } from "@/lib/translations/content";
import { seedNews } from "@/prisma/seed/seed-news";

/** The demo's news: a handful of items, each written in English, Azerbaijani and Russian, one scheduled. */
describe("the demo news", () => {
  it("seeds items in three languages around the seed's day, and a second run changes nothing", async () => {
    const today = new Date("2026-12-05T08:00:00Z");
    await db.$transaction((tx) => seedNews(tx, { today, authorId: null }));
    const items = await db.newsItem.findMany({ orderBy: { publishedAt: "desc" } });
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) {
      const translations = readTranslations(item.translations, NEWS_TEXT_FIELDS);
      for (const language of ["az", "ru"] as const) {
        for (const field of NEWS_TEXT_FIELDS) expect(translations[language]?.[field], `${item.slug} ${language} ${field}`).toBeTruthy();
      }
      expect(item.isPublished).toBe(true);
    }
    expect(items.filter((item) => !isPubliclyVisible(item, today))).toHaveLength(1);

    await db.$transaction((tx) => seedNews(tx, { today, authorId: null }));
    expect(await db.newsItem.count()).toBe(items.length);
  });
});
