import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { Prisma, type Partner } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/permissions";
import { pageWithTextFallback, partnerColumns, partnerWhere, textOrder, type PartnerSqlFilter, type TextMode } from "./partner-sql";
import type { StaffPartnerFilter, StaffSortKey } from "./schemas";
import { nameSimilarity, SIMILAR_NAME_THRESHOLD } from "./similar-sql";
import { partnerFieldsSelect } from "./selects";

export const STAFF_PAGE_SIZE = 25;

/**
 * The resource the staff pages check `partner:read` against: a partner that is not public. Students
 * and visitors hold the read of public partners only (the directory), so they are refused these pages.
 */
export const STAFF_VIEW = { isPublic: false } as const;

const STAFF_LIST_COLUMNS = ["id", "slug", "name", "kind", "countryCode", "city", "status", "isPublic", "archivedAt", "updatedAt"] as const;

export type StaffPartnerRow = Pick<Partner, (typeof STAFF_LIST_COLUMNS)[number]> & { agreementCount: number };

const SORT_COLUMNS: Record<StaffSortKey, Prisma.Sql> = {
  name: Prisma.sql`lower("name")`,
  country: Prisma.sql`"countryCode"`,
  kind: Prisma.sql`"kind"`,
  status: Prisma.sql`"status"`,
  updated: Prisma.sql`"updatedAt"`,
};

export function staffSqlFilter(filter: Omit<StaffPartnerFilter, "page" | "sort" | "dir">): PartnerSqlFilter {
  return { ...filter, audience: "staff" };
}

function orderBy(filter: Pick<StaffPartnerFilter, "q" | "sort" | "dir">, mode: TextMode): Prisma.Sql {
  const direction = filter.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const closeness = textOrder(filter, mode);
  // Misspelt searches list the closest names first unless another column was chosen.
  const primary = filter.sort === "name" && closeness ? closeness : Prisma.sql`${SORT_COLUMNS[filter.sort]} ${direction}`;
  return Prisma.sql`${primary}, lower("name") ASC, "id" ASC`;
}

/** One page of the staff partner list: filters, sort, paging and the total in one SQL query. */
export async function listPartners(
  user: SessionUser | null,
  filter: StaffPartnerFilter,
): Promise<{ rows: StaffPartnerRow[]; total: number; page: number; pageSize: number }> {
  requirePermission(user, "partner:read");
  const sqlFilter = staffSqlFilter(filter);
  const { rows, total } = await pageWithTextFallback(
    filter,
    // Sorted and counted by id alone; the page's rows (and their agreement counts) are read after.
    (mode, client) => client.$queryRaw<(StaffPartnerRow & { total: number })[]>`
      SELECT ${partnerColumns(STAFF_LIST_COLUMNS)},
        (SELECT count(*)::int FROM "AgreementPartner" ap WHERE ap."partnerId" = "Partner"."id") AS "agreementCount",
        page."total"
      FROM (
        SELECT "id" AS "pageId", count(*) OVER ()::int AS "total"
        FROM "Partner"
        WHERE ${partnerWhere(sqlFilter, { mode })}
        ORDER BY ${orderBy(filter, mode)}
        LIMIT ${STAFF_PAGE_SIZE} OFFSET ${(filter.page - 1) * STAFF_PAGE_SIZE}
      ) page
      JOIN "Partner" ON "Partner"."id" = page."pageId"
      ORDER BY ${orderBy(filter, mode)}`,
    async (mode, client) => {
      const [row] = await client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Partner" WHERE ${partnerWhere(sqlFilter, { mode })}`;
      return row?.n ?? 0;
    },
  );
  return { rows, total, page: filter.page, pageSize: STAFF_PAGE_SIZE };
}

const partnerDetailSelect = {
  ...partnerFieldsSelect,
  createdAt: true,
  updatedAt: true,
  contacts: {
    select: { id: true, name: true, position: true, email: true, phone: true, isPublic: true },
    orderBy: [{ isPublic: "desc" }, { name: "asc" }],
  },
  _count: { select: { agreements: true, opportunities: true, mobilities: true, projectPartners: true, visits: true } },
} satisfies Prisma.PartnerSelect;

export type PartnerDetail = Prisma.PartnerGetPayload<{ select: typeof partnerDetailSelect }>;

/** Everything staff see and edit about one partner, or null when it does not exist. */
export async function getPartnerDetail(user: SessionUser | null, id: string): Promise<PartnerDetail | null> {
  requirePermission(user, "partner:read");
  return db.partner.findUnique({ where: { id }, select: partnerDetailSelect });
}

const SIMILAR_COLUMNS = ["id", "slug", "name", "city"] as const;

export type SimilarPartner = Pick<Partner, (typeof SIMILAR_COLUMNS)[number]> & { archived: boolean; score: number };

/**
 * Existing partners in the same country whose name is close to `name` (see similar-sql.ts).
 * Archived partners count too: re-creating one by mistake is exactly what the warning is for. The
 * country index narrows the rows first, so the per-row scoring stays cheap.
 */
export async function findSimilarPartners(
  input: { name: string; countryCode: string; excludeId?: string },
  client: Pick<typeof db, "$queryRaw"> = db,
): Promise<SimilarPartner[]> {
  const name = input.name.trim();
  if (name.length < 3) return [];
  const exclude = input.excludeId ? Prisma.sql`AND "id" <> CAST(${input.excludeId} AS uuid)` : Prisma.empty;
  return client.$queryRaw<SimilarPartner[]>`
    SELECT scored.* FROM (
      SELECT ${partnerColumns(SIMILAR_COLUMNS)}, ("archivedAt" IS NOT NULL) AS "archived",
        ${nameSimilarity(Prisma.sql`"name"`, Prisma.sql`${name}`)}::float8 AS "score"
      FROM "Partner"
      WHERE "countryCode" = ${input.countryCode} ${exclude}
    ) scored
    WHERE "score" >= ${SIMILAR_NAME_THRESHOLD}
    ORDER BY "score" DESC, "name" ASC
    LIMIT 5`;
}
