import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicNewsWhere } from "./visibility";

/**
 * What visitors read of the news: items that are published and whose date has come, newest first,
 * through named columns. The picture is referred to by its route's address, never its storage key.
 * Rows carry their `translations`; pages and the feed pick the reader's language (decision 010).
 */

const publicNewsSelect = {
  slug: true,
  title: true,
  summary: true,
  body: true,
  translations: true,
  pictureFileId: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.NewsItemSelect;

type NewsRow = Prisma.NewsItemGetPayload<{ select: typeof publicNewsSelect }>;

export interface PublicNewsItem extends Omit<NewsRow, "pictureFileId" | "publishedAt"> {
  publishedAt: Date;
  /** Address of the picture (with a version, so caches refresh when it changes), or null. */
  pictureUrl: string | null;
}

export function newsPictureUrl(slug: string, pictureFileId: string | null): string | null {
  return pictureFileId ? `/news/${encodeURIComponent(slug)}/picture?v=${pictureFileId.slice(0, 8)}` : null;
}

function toPublic(row: NewsRow): PublicNewsItem {
  const { pictureFileId, publishedAt, ...rest } = row;
  // The visitor's filter guarantees a date.
  return { ...rest, publishedAt: publishedAt!, pictureUrl: newsPictureUrl(row.slug, pictureFileId) };
}

const newestFirst = [{ publishedAt: "desc" }, { id: "asc" }] satisfies Prisma.NewsItemOrderByWithRelationInput[];

export async function listPublicNews(page: number, pageSize: number, now = new Date()): Promise<{ rows: PublicNewsItem[]; total: number; page: number; pageSize: number }> {
  const where = publicNewsWhere(now);
  const [total, rows] = await Promise.all([
    db.newsItem.count({ where }),
    db.newsItem.findMany({ where, select: publicNewsSelect, orderBy: newestFirst, skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { rows: rows.map(toPublic), total, page, pageSize };
}

/** The latest items (the home page's three, the feed's entries). */
export async function latestPublicNews(count: number, now = new Date()): Promise<PublicNewsItem[]> {
  const rows = await db.newsItem.findMany({ where: publicNewsWhere(now), select: publicNewsSelect, orderBy: newestFirst, take: count });
  return rows.map(toPublic);
}

/** A visible item by its slug, or null; cached per request for the page and its metadata. */
export const getPublicNews = cache(async (slug: string): Promise<PublicNewsItem | null> => {
  const row = await db.newsItem.findFirst({ where: { AND: [publicNewsWhere(new Date()), { slug }] }, select: publicNewsSelect });
  return row ? toPublic(row) : null;
});

/** Every visible item's address and last change, for the sitemap. */
export async function listPublicNewsPages(limit: number, now = new Date()): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.newsItem.findMany({ where: publicNewsWhere(now), select: { slug: true, updatedAt: true }, orderBy: newestFirst, take: limit });
}
