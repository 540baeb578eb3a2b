/**
 * The SQL expressions behind the full-text indexes (migration 20261205032025_content_translations):
 * the plain columns and every text of the other languages (decision 010).
 * A query must repeat an index's expression exactly for PostgreSQL to use the index.
 */
export const PARTNER_SEARCH_DOCUMENT = `(to_tsvector('simple', "name" || ' ' || coalesce("city", '') || ' ' || "description") || jsonb_to_tsvector('simple', "translations", '["string"]'))`;
export const OPPORTUNITY_SEARCH_DOCUMENT = `(to_tsvector('simple', "title" || ' ' || "description" || ' ' || "academicPeriod") || jsonb_to_tsvector('simple', "translations", '["string"]'))`;

/**
 * Turns what a user typed into a prefix-matching tsquery string ("kor univ" → "kor:* & univ:*"),
 * dropping characters that have a meaning in tsquery syntax. Returns null when nothing searchable is left.
 */
export function toPrefixQuery(input: string): string | null {
  // A capital Azerbaijani "İ" lower-cases in JavaScript to "i" and a separate dot (U+0307), which
  // would split "İstanbul" into "i" and "stanbul"; PostgreSQL lower-cases it to a plain "i".
  const words = input
    .replace(/İ/g, "i")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(" & ");
}
