import { startOfDayIn } from "@/lib/dates/zoned";
import { Prisma } from "@/lib/generated/prisma/client";
import { ISCED_FIELDS } from "@/lib/reference/isced";
import { OPPORTUNITY_SEARCH_DOCUMENT, toPrefixQuery } from "@/lib/search/full-text";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { countriesNamedIn } from "./catalogue-countries";
import { effectiveSort, type CatalogueFilter } from "./catalogue-filter";

/**
 * The catalogue's SQL pieces: which published calls match the URL's filters, and in what order.
 * A host partner takes part only while its profile is public and not archived: a call whose
 * partner was made private is still listed, but without the partner, and neither the partner's
 * name nor its country finds it (either would name the partner in public).
 */

/** Partners the public may see (the `partner:read` public scope, as SQL). */
const PUBLIC_PARTNER = Prisma.sql`"isPublic" AND "archivedAt" IS NULL`;

/**
 * The start of the day after `day` in the institution's zone: "deadline on or before 2026-12-01"
 * includes that whole day there, whatever the server's zone.
 */
function startOfNextDay(day: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfDayIn(next, timeZone);
}

/**
 * How alike a misspelled word must be to a whole word of the name or title (pg_trgm's strict word
 * similarity, 0 to 1; the search's transaction sets it, catalogue.ts). With one letter missing,
 * "Princton" is 0.58 of "Princeton", below the 0.6 the whole text is held to (`%>`, pg_trgm's
 * default), so each typed word is also compared on its own, and then every word must be found.
 * Lowering the threshold for the whole text instead would let "Universty of Oslo" match every
 * "University of …" name.
 */
export const WORD_THRESHOLD = 0.5;

/** The typed words worth comparing on their own: three letters or more, at most five. */
function fuzzyWords(q: string): string[] {
  return q
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3)
    .slice(0, 5);
}

/** `column` resembles the typed text: as a whole (`%>`), or word by word (`%>>`); both use its trigram index. */
function resembles(column: Prisma.Sql, q: string): Prisma.Sql {
  const phrase = Prisma.sql`${column} %> ${q}`;
  const words = fuzzyWords(q);
  if (words.length === 0) return phrase;
  const everyWord = Prisma.join(
    words.map((word) => Prisma.sql`${column} %>> ${word}`),
    " AND ",
  );
  return Prisma.sql`(${phrase} OR (${everyWord}))`;
}

/**
 * A call's titles in the other languages (its `translations`, decision 010) as one text, for the
 * typo match: "Payz semestri" finds the call whose Azerbaijani title says "Payız semestri". The
 * plain title, in the default language, has its own trigram index. Built from immutable pieces
 * (`coalesce`, `||`; not `concat_ws`) so that a trigram index on exactly this expression answers it:
 * without one, the comparison reads every call (~115 ms for 2,000, measured).
 */
export function translatedTitles(column = `"translations"`): Prisma.Sql {
  return Prisma.raw(`(${CONTENT_LANGUAGES.map((language) => `coalesce(${column} #>> '{${language},title}', '')`).join(" || ' ' || ")})`);
}

/**
 * Only some fields of a `translations` column, per language (`{"az": {"title": …}}`): a list page
 * needs the titles, not every description in every language.
 */
function translatedFields(column: string, fields: readonly string[]): Prisma.Sql {
  const languages = CONTENT_LANGUAGES.map((language) => {
    const texts = fields.map((field) => `'${field}', ${column} #> '{${language},${field}}'`);
    return `'${language}', jsonb_build_object(${texts.join(", ")})`;
  });
  return Prisma.raw(`jsonb_build_object(${languages.join(", ")})`);
}

/** A subject code and every field under it ("023" → 023, 0230, 0231, 0232, 0239). */
function subjectCodes(prefix: string): string[] {
  return ISCED_FIELDS.map((field) => field.code).filter((code) => code.startsWith(prefix));
}

/**
 * Text search. Words are matched by prefix through the GIN full-text index on the call's title,
 * description and period in every language, and the host partner's name by word similarity (`%>`:
 * some stretch of the name is close to what was typed, see `resembles`), so a misspelled name still
 * matches. Misspelled title words are looked up in the title's trigram index, and in the translated
 * titles of published calls, only when no call matches the words as typed: the prefix match is
 * exact and cheap, the fuzzy one costly and noisy. Plain similarity (`%`) is left out: on 10,000
 * names sharing "University of" it lets thousands of candidates through the index, each to be
 * rechecked. A country named in any of the portal's languages, even misspelled, finds the calls
 * hosted there (catalogue-countries.ts). Each arm is shaped for one index; one OR over a single
 * scan would make PostgreSQL compute the text vector of every row.
 */
function textCondition(q: string, country: string | undefined): Prisma.Sql {
  const prefixQuery = toPrefixQuery(q);
  const fuzzyTitle = Prisma.sql`
    SELECT "id" FROM "Opportunity" WHERE ${resembles(Prisma.sql`"title"`, q)}
    UNION ALL
    SELECT "id" FROM "Opportunity" WHERE ${resembles(translatedTitles(), q)}`;
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
    ${hostCountryMatches(q)}
  )`;
}

/**
 * The host partner's name by word similarity, among partners hosting a published call. With a
 * country chosen, that country's hosting partners are listed first and compared one by one (the
 * `OFFSET 0` keeps PostgreSQL from comparing every partner of the country before the hosting
 * check); otherwise the trigram index finds them among all partners.
 */
function partnerNameMatches(q: string, country: string | undefined): Prisma.Sql {
  const hosting = Prisma.sql`"id" IN (SELECT "partnerId" FROM "Opportunity" WHERE "status" = 'PUBLISHED') AND ${PUBLIC_PARTNER}`;
  if (country) {
    return Prisma.sql`o."partnerId" IN (
      SELECT candidate."id"
      FROM (SELECT "id", "name" FROM "Partner" WHERE "countryCode" = ${country} AND ${hosting} OFFSET 0) AS candidate
      WHERE ${resembles(Prisma.sql`candidate."name"`, q)}
    )`;
  }
  return Prisma.sql`o."partnerId" IN (SELECT "id" FROM "Partner" WHERE ${resembles(Prisma.sql`"name"`, q)} AND ${hosting})`;
}

/** Calls hosted in a country the text names ("Norwy", "Norveç", "Норвегия"), by public partners only. */
function hostCountryMatches(q: string): Prisma.Sql {
  const countries = countriesNamedIn(q);
  if (countries.length === 0) return Prisma.empty;
  return Prisma.sql`OR o."partnerId" IN (SELECT "id" FROM "Partner" WHERE "countryCode" = ANY(${countries}::text[]) AND ${PUBLIC_PARTNER})`;
}

/**
 * The conditions, all on the call's own row (`o`): country and program become semi-joins on their
 * indexes, so finding and counting the matches never joins the 10,000-row partner table.
 */
export function whereOf(filter: CatalogueFilter, now: Date, timeZone: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."status" = 'PUBLISHED'`];
  // Calls whose deadline has passed leave the catalogue even before staff close them.
  parts.push(Prisma.sql`o."closesAt" > ${now}`);
  if (filter.open) parts.push(Prisma.sql`o."opensAt" <= ${now}`);
  if (filter.before) parts.push(Prisma.sql`o."closesAt" < ${startOfNextDay(filter.before, timeZone)}`);
  if (filter.country) parts.push(Prisma.sql`o."partnerId" IN (SELECT "id" FROM "Partner" WHERE "countryCode" = ${filter.country} AND ${PUBLIC_PARTNER})`);
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
        similarity(o."title", ${filter.q}), word_similarity(${filter.q}, o."title"), word_similarity(${filter.q}, ${translatedTitles(`o."translations"`)}),
        coalesce((SELECT word_similarity(${filter.q}, pa."name") FROM "Partner" pa WHERE pa."id" = o."partnerId" AND ${PUBLIC_PARTNER}), 0)
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
    SELECT o."id", o."title", ${translatedFields('o."translations"', ["title", "academicPeriod"])} AS "translations",
      p."code" AS "programCode", p."name" AS "programName", ${translatedFields('p."translations"', ["name"])} AS "programTranslations",
      pa."name" AS "partnerName", pa."slug" AS "partnerSlug", pa."countryCode", pa."city",
      o."direction"::text AS "direction", o."audience"::text[] AS "audience", o."subjectAreas",
      o."places", o."academicYear", o."academicPeriod", o."durationMonths"::float8 AS "durationMonths", o."language",
      o."languageLevel"::text AS "languageLevel", o."opensAt", o."closesAt", page."total"
    FROM page
    JOIN "Opportunity" o ON o."id" = page."id"
    JOIN "MobilityProgram" p ON p."id" = o."programId"
    LEFT JOIN "Partner" pa ON pa."id" = o."partnerId" AND pa."isPublic" AND pa."archivedAt" IS NULL
    ORDER BY page."position"`;
}

/** How many calls match, for a page past the end (where the page query has no row to carry it). */
export function countQuery(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM "Opportunity" o WHERE ${where}`;
}
