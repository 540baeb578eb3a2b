import "server-only";
import { db } from "@/lib/db/client";
import { Prisma, type Partner } from "@/lib/generated/prisma/client";
import type { PartnerKind, PartnerStatus, WorldRegion } from "@/lib/generated/prisma/enums";
import { countriesNamedIn } from "@/lib/opportunities/catalogue-countries";
import { countriesInRegion } from "@/lib/reference/countries";
import { PARTNER_SEARCH_DOCUMENT, toPrefixQuery } from "@/lib/search/full-text";

/**
 * SQL fragments for partner lists (staff list, export, public directory and feed). Lists are read
 * with raw SQL because the text search must repeat the full-text index's expression exactly, which
 * Prisma's query API cannot. Every value is a bound parameter. Queries select FROM "Partner" without
 * joins, so the index expression's unqualified column names stay unambiguous.
 *
 * Text search runs in two steps: the full-text index (words and word prefixes of the name, city and
 * description in every language, decision 010) or a country named in any of the portal's languages
 * ("Norway", "Norveç", "Норвегия"), and only when that finds nothing, a trigram match on the name for
 * misspellings ("Hedelberg"). Each step alone is served by its own indexes; OR-ing the trigram match
 * with the full-text one made PostgreSQL recheck every trigram candidate against the full-text
 * expression.
 */

export interface PartnerSqlFilter {
  q?: string;
  kind?: PartnerKind;
  country?: string;
  region?: WorldRegion;
  status?: PartnerStatus;
  area?: string;
  /** "public": only partners a visitor may see. */
  audience: "public" | "staff";
  archived?: "active" | "archived" | "all";
}

export type TextMode = "words" | "fuzzy";

/**
 * Named Partner columns for a raw SELECT. A query reading them types its rows `Pick<Partner, K>`
 * from the generated client, so renaming a column fails the type check rather than a page.
 */
export function partnerColumns<K extends keyof Partner>(keys: readonly K[]): Prisma.Sql {
  // The keys are the generated client's column names, never input; the check keeps it that way.
  if (keys.some((key) => !/^\w+$/.test(key))) throw new Error("not a column name");
  return Prisma.raw(keys.map((key) => `"Partner"."${key}"`).join(", "));
}

const DOCUMENT = Prisma.raw(PARTNER_SEARCH_DOCUMENT);

function textCondition(q: string, mode: TextMode): Prisma.Sql | null {
  const tsQuery = toPrefixQuery(q);
  if (!tsQuery) return null;
  if (mode === "words") {
    const words = Prisma.sql`${DOCUMENT} @@ to_tsquery('simple', ${tsQuery})`;
    // Country names are compared in code (the catalogue's list of every spelling), so the country
    // index answers this arm and the GIN index the words: PostgreSQL ORs the two bitmaps.
    const countries = countriesNamedIn(q);
    return countries.length === 0 ? words : Prisma.sql`(${words} OR "countryCode" = ANY(${countries}::text[]))`;
  }
  // `<%`: the typed text is similar to a word sequence of the name (pg_trgm's word similarity).
  return Prisma.sql`${q.trim()} <% "name"`;
}

export function hasText(filter: Pick<PartnerSqlFilter, "q">): boolean {
  return !!filter.q && toPrefixQuery(filter.q) !== null;
}

/**
 * How to order text results: fuzzy matches by closeness. Word matches keep the list's own order,
 * since ranking them would recompute the full-text document of every matching row.
 */
export function textOrder(filter: Pick<PartnerSqlFilter, "q">, mode: TextMode): Prisma.Sql | null {
  return mode === "fuzzy" && hasText(filter) ? Prisma.sql`word_similarity(${filter.q!.trim()}, "name") DESC` : null;
}

export function partnerWhere(filter: PartnerSqlFilter, options: { ignoreCountry?: boolean; mode?: TextMode } = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.audience === "public") {
    conditions.push(Prisma.sql`"isPublic" AND "archivedAt" IS NULL`);
  } else if (filter.archived === "archived") {
    conditions.push(Prisma.sql`"archivedAt" IS NOT NULL`);
  } else if (filter.archived !== "all") {
    conditions.push(Prisma.sql`"archivedAt" IS NULL`);
  }
  if (filter.q) {
    const text = textCondition(filter.q, options.mode ?? "words");
    if (text) conditions.push(text);
  }
  if (filter.kind) conditions.push(Prisma.sql`"kind" = CAST(${filter.kind} AS "PartnerKind")`);
  if (filter.status) conditions.push(Prisma.sql`"status" = CAST(${filter.status} AS "PartnerStatus")`);
  if (filter.country && !options.ignoreCountry) conditions.push(Prisma.sql`"countryCode" = ${filter.country}`);
  if (filter.region) {
    // The regions are reference data shipped with the app (the Country table holds the same list).
    const codes = countriesInRegion(filter.region).map((country) => country.code);
    conditions.push(Prisma.sql`"countryCode" = ANY(${codes}::text[])`);
  }
  if (filter.area) conditions.push(Prisma.sql`"areas" @> ARRAY[${filter.area}]::text[]`);
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}

type Client = Pick<typeof db, "$queryRaw">;

/**
 * Runs a list query; a text search runs with sequential scans disabled. The planner badly
 * underestimates what computing the full-text document or the word similarity costs per row (a
 * search matching most partners took 20 times longer as a sequential scan than through the GIN
 * index on 10,000 partners), so left alone it scans the table whenever a word is common.
 */
export async function inTextMode<T>(
  filter: Pick<PartnerSqlFilter, "q">,
  run: (client: Client) => Promise<T>,
): Promise<T> {
  if (!hasText(filter)) return run(db);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return run(tx);
  });
}

/**
 * A page of a list query whose rows carry the window total (`count(*) OVER ()`): with the word
 * search first and, when it matches nothing at all, with the fuzzy name match. A page past the end
 * has no rows to carry the total, so it is counted separately.
 */
export async function pageWithTextFallback<Row extends { total: number }>(
  filter: Pick<PartnerSqlFilter, "q"> & { page: number },
  run: (mode: TextMode, client: Client) => Promise<Row[]>,
  count: (mode: TextMode, client: Client) => Promise<number>,
): Promise<{ rows: Omit<Row, "total">[]; total: number; mode: TextMode }> {
  const modes: TextMode[] = hasText(filter) ? ["words", "fuzzy"] : ["words"];
  let last: { rows: Row[]; total: number; mode: TextMode } = { rows: [], total: 0, mode: "words" };
  for (const mode of modes) {
    last = await inTextMode(filter, async (client) => {
      const rows = await run(mode, client);
      const total = rows[0]?.total ?? (filter.page > 1 ? await count(mode, client) : 0);
      return { rows, total, mode };
    });
    if (last.total > 0) break;
  }
  return { rows: last.rows.map(({ total: _total, ...row }) => row), total: last.total, mode: last.mode };
}
