import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * When visitors see a news item: once it is published and its publication date has come. A
 * published item dated in the future stays hidden until then (the public queries ask the database
 * the same question with `publicNewsWhere`).
 */
export function isPubliclyVisible(item: { isPublished: boolean; publishedAt: Date | null }, now: Date): boolean {
  return item.isPublished && item.publishedAt !== null && item.publishedAt <= now;
}

export function publicNewsWhere(now: Date): Prisma.NewsItemWhereInput {
  return { isPublished: true, publishedAt: { lte: now } };
}
