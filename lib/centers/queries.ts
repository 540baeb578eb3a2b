import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import type { CenterFilter } from "./schemas";

export const STAFF_CENTER_PAGE_SIZE = 25;

/**
 * The resource the staff pages check `center:read` against: a hidden center. Students and visitors
 * hold the read of published centers only (the public pages), so they are refused these pages.
 */
export const STAFF_VIEW = { isPublic: false } as const;

function textWhere(q: string | undefined): Prisma.CenterWhereInput {
  if (!q) return {};
  return {
    OR: [
      { name: { contains: q, mode: "insensitive" } },
      { organization: { contains: q, mode: "insensitive" } },
      { location: { contains: q, mode: "insensitive" } },
    ],
  };
}

/** The staff list of centers, hidden ones included. */
export async function listCenters(user: SessionUser | null, filter: CenterFilter) {
  requirePermission(user, "center:read");
  const where: Prisma.CenterWhereInput = { AND: [scopeWhere(user, "center:read"), textWhere(filter.q)] };
  const [total, rows] = await Promise.all([
    db.center.count({ where }),
    db.center.findMany({
      where,
      select: { id: true, slug: true, name: true, organization: true, location: true, isPublic: true, pictureFileId: true, updatedAt: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * STAFF_CENTER_PAGE_SIZE,
      take: STAFF_CENTER_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page: filter.page, pageSize: STAFF_CENTER_PAGE_SIZE };
}

const centerDetailSelect = {
  id: true,
  slug: true,
  name: true,
  organization: true,
  description: true,
  location: true,
  email: true,
  phone: true,
  website: true,
  openingHours: true,
  isPublic: true,
  version: true,
  updatedAt: true,
  picture: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true } },
} satisfies Prisma.CenterSelect;

export type CenterDetail = Prisma.CenterGetPayload<{ select: typeof centerDetailSelect }>;

export async function getCenterDetail(user: SessionUser | null, id: string): Promise<CenterDetail | null> {
  requirePermission(user, "center:read");
  return db.center.findFirst({ where: { AND: [scopeWhere(user, "center:read"), { id }] }, select: centerDetailSelect });
}
