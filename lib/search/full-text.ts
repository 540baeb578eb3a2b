/**
 * The SQL expressions behind the full-text indexes of migration 20261122160000_full_text_search.
 * A query must repeat an index's expression exactly for PostgreSQL to use the index.
 */
export const PARTNER_SEARCH_DOCUMENT = `to_tsvector('simple', "name" || ' ' || coalesce("city", '') || ' ' || "description")`;
export const OPPORTUNITY_SEARCH_DOCUMENT = `to_tsvector('simple', "title" || ' ' || "description" || ' ' || "academicPeriod")`;

/**
 * Turns what a user typed into a prefix-matching tsquery string ("kor univ" → "kor:* & univ:*"),
 * dropping characters that have a meaning in tsquery syntax. Returns null when nothing searchable is left.
 */
export function toPrefixQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(" & ");
}
