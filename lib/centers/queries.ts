import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { missingLanguages } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { CENTER_TEXT_FIELDS, type CenterFilter } from "./schemas";
import { centerTextWhere } from "./text-search";

export const STAFF_CENTER_PAGE_SIZE = 25;

/**
 * The resource the staff pages check `center:read` against: a hidden center. Students and visitors
 * hold the read of published centers only (the public pages), so they are refused these pages.
 */
export const STAFF_VIEW = { isPublic: false } as const;

/** The staff list finds a center by its name, organization or location, its name and location in any language. */
const staffSearch = { plain: ["name", "organization", "location"], translated: ["name", "location"] } as const;

/**
 * The staff list of centers, hidden ones included. Each row says which languages lack a text the
 * default language has, so staff see what is left to translate.
 */
export async function listCenters(user: SessionUser | null, filter: CenterFilter) {
  requirePermission(user, "center:read");
  const where: Prisma.CenterWhereInput = { AND: [scopeWhere(user, "center:read"), centerTextWhere(filter.q, staffSearch)] };
  const [total, rows, defaultLanguage] = await Promise.all([
    db.center.count({ where }),
    db.center.findMany({
      where,
      select: {
        id: true,
        slug: true,
        name: true,
        organization: true,
        description: true,
        location: true,
        openingHours: true,
        translations: true,
        isPublic: true,
        pictureFileId: true,
        updatedAt: true,
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * STAFF_CENTER_PAGE_SIZE,
      take: STAFF_CENTER_PAGE_SIZE,
    }),
    getDefaultContentLanguage(),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, missingLanguages: missingLanguages(row, CENTER_TEXT_FIELDS, defaultLanguage) })),
    total,
    page: filter.page,
    pageSize: STAFF_CENTER_PAGE_SIZE,
  };
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
  translations: true,
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
