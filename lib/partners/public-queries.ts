import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Prisma, type Partner } from "@/lib/generated/prisma/client";
import type { AgreementKind } from "@/lib/generated/prisma/enums";
import { scopeWhere } from "@/lib/permissions";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { cachedDirectoryQuery } from "./directory-cache";
import { inTextMode, pageWithTextFallback, partnerColumns, partnerWhere, textOrder, type PartnerSqlFilter, type TextMode } from "./partner-sql";
import type { PublicPartnerFilter } from "./schemas";

/**
 * What visitors may read about partners. Every query names its columns: internal notes, internal
 * contacts, identifiers meant for staff and anything about agreements beyond active counts never
 * leave the database here, so they cannot reach a page or its RSC payload.
 */

export const DIRECTORY_PAGE_SIZE = 18;
const EXCERPT_LENGTH = 200;

const CARD_COLUMNS = ["slug", "name", "kind", "countryCode", "city", "areas"] as const;
const FEED_COLUMNS = ["slug", "name", "kind", "countryCode", "city", "website", "areas", "description", "translations"] as const;

/**
 * A directory card: the start of the description in the default language (`excerpt`) and in the
 * others (`excerptTranslations`, shaped like a `translations` column of an "excerpt" field), so one
 * cached page serves readers of every language and the page picks theirs (decision 010).
 */
export type PublicPartnerCard = Pick<Partner, (typeof CARD_COLUMNS)[number]> & { excerpt: string; excerptTranslations: unknown };

/** The start of each language's description, cut in SQL so whole descriptions never reach the cache. */
const EXCERPTS = Prisma.sql`left("Partner"."description", ${EXCERPT_LENGTH}) AS "excerpt",
  jsonb_strip_nulls(jsonb_build_object(${Prisma.join(
    CONTENT_LANGUAGES.map(
      (language) => Prisma.sql`${language}::text, jsonb_build_object('excerpt', left("Partner"."translations" -> ${language}::text ->> 'description', ${EXCERPT_LENGTH}))`,
    ),
  )})) AS "excerptTranslations"`;

export type PublicPartnerFeedItem = Pick<Partner, (typeof FEED_COLUMNS)[number]>;

function publicSqlFilter(filter: Omit<PublicPartnerFilter, "page">): PartnerSqlFilter {
  return { q: filter.q, kind: filter.kind, country: filter.country, region: filter.region, area: filter.area, audience: "public" };
}

function orderBy(filter: Pick<PublicPartnerFilter, "q">, mode: TextMode): Prisma.Sql {
  const closeness = textOrder(filter, mode);
  return closeness ? Prisma.sql`${closeness}, lower("name") ASC, "id"` : Prisma.sql`lower("name") ASC, "id"`;
}

type Page<Row> = { rows: Row[]; total: number; page: number; pageSize: number };

async function pageOf<Row>(columns: Prisma.Sql, filter: PublicPartnerFilter, pageSize: number): Promise<Page<Row> & { mode: TextMode }> {
  const sqlFilter = publicSqlFilter(filter);
  const { rows, total, mode } = await pageWithTextFallback(
    filter,
    // The inner query sorts and counts with the id alone; only the page's rows are then read in
    // full (twice as fast on 10,000 partners as carrying every column through the sort).
    (textMode, client) => client.$queryRaw<(Row & { total: number })[]>`
      SELECT ${columns}, page."total"
      FROM (
        SELECT "id" AS "pageId", count(*) OVER ()::int AS "total"
        FROM "Partner"
        WHERE ${partnerWhere(sqlFilter, { mode: textMode })}
        ORDER BY ${orderBy(filter, textMode)}
        LIMIT ${pageSize} OFFSET ${(filter.page - 1) * pageSize}
      ) page
      JOIN "Partner" ON "Partner"."id" = page."pageId"
      ORDER BY ${orderBy(filter, textMode)}`,
    async (textMode, client) => {
      const [row] = await client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Partner" WHERE ${partnerWhere(sqlFilter, { mode: textMode })}`;
      return row?.n ?? 0;
    },
  );
  return { rows: rows as Row[], total, page: filter.page, pageSize, mode };
}

/** A page of the public directory: one query for the rows and the total together. */
export async function listPublicPartners(filter: PublicPartnerFilter, pageSize = DIRECTORY_PAGE_SIZE) {
  return pageOf<PublicPartnerCard>(Prisma.sql`${partnerColumns(CARD_COLUMNS)}, ${EXCERPTS}`, filter, pageSize);
}

/** A page of the public data feed (full description and website). */
export async function listPublicPartnerFeed(filter: PublicPartnerFilter, pageSize: number) {
  return pageOf<PublicPartnerFeedItem>(partnerColumns(FEED_COLUMNS), filter, pageSize);
}

/**
 * Public partners per country under the current filters except the country itself, for the map and
 * the country choices: picking a country must not hide the others.
 */
export async function countPublicPartnersByCountry(
  filter: Omit<PublicPartnerFilter, "page">,
  mode: TextMode = "words",
): Promise<Map<string, number>> {
  const rows = await inTextMode(
    filter,
    (client) => client.$queryRaw<(Pick<Partner, "countryCode"> & { n: number })[]>`
      SELECT "countryCode", count(*)::int AS n
      FROM "Partner"
      WHERE ${partnerWhere(publicSqlFilter(filter), { ignoreCountry: true, mode })}
      GROUP BY "countryCode"`,
  );
  return new Map(rows.map((row) => [row.countryCode, row.n]));
}

export interface DirectoryData {
  page: Page<PublicPartnerCard>;
  /** Public partners per country (the map and the country choices); shared, do not modify. */
  counts: ReadonlyMap<string, number>;
}

/**
 * Everything the directory page reads: two queries in parallel (the rows with their total, and the
 * per-country counts), cached briefly in memory. A misspelt search costs two more (the fuzzy match).
 */
export function loadDirectory(filter: PublicPartnerFilter): Promise<DirectoryData> {
  const key = JSON.stringify([filter.q ?? "", filter.kind ?? "", filter.country ?? "", filter.region ?? "", filter.area ?? "", filter.page]);
  return cachedDirectoryQuery(key, async () => {
    const [page, counts] = await Promise.all([listPublicPartners(filter), countPublicPartnersByCountry(filter)]);
    // A misspelt search found its partners by the fuzzy match: count the map the same way.
    return { page, counts: page.mode === "fuzzy" ? await countPublicPartnersByCountry(filter, "fuzzy") : counts };
  });
}

const publicPartnerSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  countryCode: true,
  city: true,
  website: true,
  description: true,
  translations: true,
  areas: true,
  contacts: {
    where: { isPublic: true },
    select: { id: true, name: true, position: true, email: true, phone: true },
    orderBy: { name: "asc" },
  },
} satisfies Prisma.PartnerSelect;

export type PublicPartner = Omit<Prisma.PartnerGetPayload<{ select: typeof publicPartnerSelect }>, "id">;

export interface ActiveCooperation {
  kind: AgreementKind;
  count: number;
}

/**
 * A public partner and a count of its active agreements per kind, or null when there is no such
 * public partner. Cached per request: the page and its metadata share the queries.
 */
export const getPublicPartner = cache(
  async (slug: string): Promise<{ partner: PublicPartner; cooperation: ActiveCooperation[] } | null> => {
    const row = await db.partner.findFirst({
      where: { AND: [scopeWhere(null, "partner:read"), { slug }] },
      select: publicPartnerSelect,
    });
    if (!row) return null;
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    const groups = await db.agreement.groupBy({
      by: ["kind"],
      where: {
        status: "ACTIVE",
        OR: [{ endsOn: null }, { endsOn: { gte: today } }],
        partners: { some: { partnerId: row.id } },
      },
      _count: { _all: true },
      orderBy: { kind: "asc" },
    });
    const { id: _id, ...partner } = row;
    return { partner, cooperation: groups.map((group) => ({ kind: group.kind, count: group._count._all })) };
  },
);
