import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "@/lib/permissions";
import { centerTextWhere } from "./text-search";

/**
 * What visitors may read about centers: published centers only, through named columns. The
 * picture is referred to by a URL served by a route handler, never by its storage key. Rows carry
 * their `translations`; pages and the feed pick the reader's language with `localize` (decision 010).
 */

const publicCenterSelect = {
  slug: true,
  name: true,
  organization: true,
  description: true,
  location: true,
  email: true,
  phone: true,
  website: true,
  openingHours: true,
  translations: true,
  pictureFileId: true,
  updatedAt: true,
} satisfies Prisma.CenterSelect;

type CenterRow = Prisma.CenterGetPayload<{ select: typeof publicCenterSelect }>;

export interface PublicCenter extends Omit<CenterRow, "pictureFileId" | "updatedAt"> {
  /** Path of the picture (with a version so caches refresh when it changes), or null. */
  pictureUrl: string | null;
  updatedAt: string;
}

export function centerPictureUrl(slug: string, pictureFileId: string | null): string | null {
  return pictureFileId ? `/api/centers/${encodeURIComponent(slug)}/picture?v=${pictureFileId.slice(0, 8)}` : null;
}

function toPublic(row: CenterRow): PublicCenter {
  const { pictureFileId, updatedAt, ...rest } = row;
  return { ...rest, pictureUrl: centerPictureUrl(row.slug, pictureFileId), updatedAt: updatedAt.toISOString() };
}

const visitorScope = () => scopeWhere(null, "center:read");

/** Visitors find a center by its organization, or by its name or description in any language. */
const publicSearch = { plain: ["name", "organization", "description"], translated: ["name", "description"] } as const;

export async function listPublicCenters(
  filter: { q?: string; page: number },
  pageSize: number,
): Promise<{ rows: PublicCenter[]; total: number; page: number; pageSize: number }> {
  const where: Prisma.CenterWhereInput = { AND: [visitorScope(), centerTextWhere(filter.q, publicSearch)] };
  const [total, rows] = await Promise.all([
    db.center.count({ where }),
    db.center.findMany({
      where,
      select: publicCenterSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { rows: rows.map(toPublic), total, page: filter.page, pageSize };
}

/** A published center by its slug, or null; cached per request for the page and its metadata. */
export const getPublicCenter = cache(async (slug: string): Promise<PublicCenter | null> => {
  const row = await db.center.findFirst({ where: { AND: [visitorScope(), { slug }] }, select: publicCenterSelect });
  return row ? toPublic(row) : null;
});
