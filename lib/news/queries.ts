import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { toLocalInput } from "@/lib/dates/zoned";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/permissions";
import { missingLanguages } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { NEWS_READ } from "./access";
import { NEWS_TEXT_FIELDS } from "./schemas";
import { isPubliclyVisible } from "./visibility";

/** News for staff: every item, drafts and scheduled ones included, newest first. */

export const STAFF_NEWS_PAGE_SIZE = 25;

/** Where an item stands for visitors: not published, published with a date still to come, or shown. */
export type NewsStatus = "draft" | "scheduled" | "published";

export function newsStatus(item: { isPublished: boolean; publishedAt: Date | null }, now: Date): NewsStatus {
  if (!item.isPublished) return "draft";
  return isPubliclyVisible(item, now) ? "published" : "scheduled";
}

const staffRowSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  translations: true,
  isPublished: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.NewsItemSelect;

export async function listNews(user: SessionUser | null, page: number, now = new Date()) {
  requirePermission(user, NEWS_READ);
  const [total, rows, defaultLanguage] = await Promise.all([
    db.newsItem.count(),
    db.newsItem.findMany({
      select: staffRowSelect,
      // Drafts without a date first (being written), then by date, newest first.
      orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * STAFF_NEWS_PAGE_SIZE,
      take: STAFF_NEWS_PAGE_SIZE,
    }),
    getDefaultContentLanguage(),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, status: newsStatus(row, now), missingLanguages: missingLanguages(row, NEWS_TEXT_FIELDS, defaultLanguage) })),
    total,
    page,
    pageSize: STAFF_NEWS_PAGE_SIZE,
  };
}

const detailSelect = {
  ...staffRowSelect,
  version: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  picture: { select: { id: true, fileName: true } },
} satisfies Prisma.NewsItemSelect;

export type NewsDetail = Prisma.NewsItemGetPayload<{ select: typeof detailSelect }> & {
  status: NewsStatus;
  /** The publication date as the form shows it: the institution's wall clock ("2026-11-14T09:00"), or "". */
  publishedAtInput: string;
};

export async function getNews(user: SessionUser | null, id: string, now = new Date()): Promise<NewsDetail | null> {
  requirePermission(user, NEWS_READ);
  const [row, timeZone] = await Promise.all([db.newsItem.findUnique({ where: { id }, select: detailSelect }), getInstitutionTimeZone()]);
  if (!row) return null;
  return { ...row, status: newsStatus(row, now), publishedAtInput: row.publishedAt ? toLocalInput(row.publishedAt, timeZone) : "" };
}
