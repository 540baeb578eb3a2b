import { Prisma } from "@/lib/generated/prisma/client";
import { ISCED_FIELDS } from "@/lib/reference/isced";
import { OPPORTUNITY_SEARCH_DOCUMENT, toPrefixQuery } from "@/lib/search/full-text";
import { effectiveSort, type CatalogueFilter } from "./catalogue-filter";

/** The catalogue's SQL pieces: which published calls match the URL's filters, and in what order. */

/** The day after `day` at local midnight: "deadline before 2026-12-01" includes that whole day. */
function endOfDay(day: string): Date {
  const end = new Date(`${day}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return end;
}

/** A subject code and every field under it ("023" → 023, 0230, 0231, 0232, 0239). */
function subjectCodes(prefix: string): string[] {
  return ISCED_FIELDS.map((field) => field.code).filter((code) => code.startsWith(prefix));
}

/**
 * Text search. Words are matched by prefix through the GIN full-text index on the call's title,
 * description and period, and the host partner's name by word similarity (`%>`: some stretch of
 * the name is close to what was typed), so a misspelled name still matches. Misspelled title words
 * are looked up in the title's trigram index only when no call matches the words as typed: the
 * prefix match is exact and cheap, the fuzzy one costly and noisy. Plain similarity (`%`) is left
 * out: on 10,000 names sharing "University of" it lets thousands of candidates through the index,
 * each to be rechecked. Each arm is shaped for one index; one OR over a single scan would make
 * PostgreSQL compute the text vector of every row.
 */
function textCondition(q: string, country: string | undefined): Prisma.Sql {
  const prefixQuery = toPrefixQuery(q);
  const fuzzyTitle = Prisma.sql`SELECT "id" FROM "Opportunity" WHERE "title" %> ${q}`;
  const titleMatches = prefixQuery
    ? Prisma.sql`
      SELECT "id" FROM "Opportunity" WHERE ${Prisma.raw(OPPORTUNITY_SEARCH_DOCUMENT)} @@ to_tsquery('simple', ${prefixQuery})
      UNION ALL
      SELECT "id" FROM (${fuzzyTitle}) AS fuzzy
      WHERE NOT EXISTS (SELECT 1 FROM "Opportunity" WHERE ${Prisma.raw(OPPORTUNITY_SEARCH_DOCUMENT)} @@ to_tsquery('simple', ${prefixQuery}))`
    : fuzzyTitle;
  return Prisma.sql`(
    o."id" IN (${titleMatches})
    OR ${partnerNameMatches(q, country)}
  )`;
}

/**
 * The host partner's name by word similarity, among partners hosting a published call. With a
 * country chosen, that country's hosting partners are listed first and compared one by one (the
 * `OFFSET 0` keeps PostgreSQL from comparing every partner of the country before the hosting
 * check); otherwise the trigram index finds them among all partners.
 */
function partnerNameMatches(q: string, country: string | undefined): Prisma.Sql {
  const hosting = Prisma.sql`"id" IN (SELECT "partnerId" FROM "Opportunity" WHERE "status" = 'PUBLISHED')`;
  if (country) {
    return Prisma.sql`o."partnerId" IN (
      SELECT candidate."id"
      FROM (SELECT "id", "name" FROM "Partner" WHERE "countryCode" = ${country} AND ${hosting} OFFSET 0) AS candidate
      WHERE candidate."name" %> ${q}
    )`;
  }
  return Prisma.sql`o."partnerId" IN (SELECT "id" FROM "Partner" WHERE "name" %> ${q} AND ${hosting})`;
}

/**
 * The conditions, all on the call's own row (`o`): country and program become semi-joins on their
 * indexes, so finding and counting the matches never joins the 10,000-row partner table.
 */
export function whereOf(filter: CatalogueFilter, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."status" = 'PUBLISHED'`];
  // Calls whose deadline has passed leave the catalogue even before staff close them.
  parts.push(Prisma.sql`o."closesAt" > ${now}`);
  if (filter.open) parts.push(Prisma.sql`o."opensAt" <= ${now}`);
  if (filter.before) parts.push(Prisma.sql`o."closesAt" < ${endOfDay(filter.before)}`);
  if (filter.country) parts.push(Prisma.sql`o."partnerId" IN (SELECT "id" FROM "Partner" WHERE "countryCode" = ${filter.country})`);
  if (filter.program) parts.push(Prisma.sql`o."programId" IN (SELECT "id" FROM "MobilityProgram" WHERE "code" = ${filter.program})`);
  if (filter.level) parts.push(Prisma.sql`${filter.level}::"Audience" = ANY(o."audience")`);
  if (filter.subject) parts.push(Prisma.sql`o."subjectAreas" && ${subjectCodes(filter.subject)}::text[]`);
  if (filter.cefr) parts.push(Prisma.sql`(o."languageLevel" IS NULL OR o."languageLevel" <= ${filter.cefr}::"CefrLevel")`);
  if (filter.q) parts.push(textCondition(filter.q, filter.country));
  return Prisma.join(parts, " AND ");
}

export function orderOf(filter: CatalogueFilter): Prisma.Sql {
  switch (effectiveSort(filter)) {
    case "newest":
      return Prisma.sql`o."createdAt" DESC, o."id"`;
    case "relevance":
      return Prisma.sql`greatest(
        similarity(o."title", ${filter.q}), word_similarity(${filter.q}, o."title"),
        coalesce((SELECT word_similarity(${filter.q}, pa."name") FROM "Partner" pa WHERE pa."id" = o."partnerId"), 0)
      ) DESC, o."closesAt", o."id"`;
    case "deadline":
      return Prisma.sql`o."closesAt", o."id"`;
  }
}

/**
 * One page of matches with their public fields and the total: the matches are found, counted,
 * ordered and cut to the page on the call table alone, and only the page's rows are then joined
 * with their program and partner.
 */
export function pageQuery(where: Prisma.Sql, order: Prisma.Sql, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT o."id", count(*) OVER ()::int AS "total", row_number() OVER (ORDER BY ${order}) AS "position"
      FROM "Opportunity" o
      WHERE ${where}
      ORDER BY "position"
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT o."id", o."title", p."code" AS "programCode", p."name" AS "programName",
      pa."name" AS "partnerName", pa."slug" AS "partnerSlug", (pa."isPublic" AND pa."archivedAt" IS NULL) AS "partnerIsPublic",
      pa."countryCode", pa."city", o."direction"::text AS "direction", o."audience"::text[] AS "audience", o."subjectAreas",
      o."places", o."academicYear", o."academicPeriod", o."durationMonths"::float8 AS "durationMonths", o."language",
      o."languageLevel"::text AS "languageLevel", o."opensAt", o."closesAt", page."total"
    FROM page
    JOIN "Opportunity" o ON o."id" = page."id"
    JOIN "MobilityProgram" p ON p."id" = o."programId"
    LEFT JOIN "Partner" pa ON pa."id" = o."partnerId"
    ORDER BY page."position"`;
}

/** How many calls match, for a page past the end (where the page query has no row to carry it). */
export function countQuery(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM "Opportunity" o WHERE ${where}`;
}
