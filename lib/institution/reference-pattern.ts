/**
 * Agreement reference numbers made from the pattern an admin sets (`Institution.agreementReferencePattern`),
 * e.g. `KU-IRO-{year}-{seq}` → KU-IRO-2026-014. Placeholders: {year} (the year of creation, in the
 * institution's time zone), {seq} (the next number of that year, at least three digits) and {unit}
 * (the code of the agreement's unit; the numbers then run per unit). Pure: the settings form
 * previews with it in the browser, and the server numbers agreements with it.
 */

export const DEFAULT_REFERENCE_PATTERN = "{year}-{seq}";

/** Digits of {seq}: 1 → 001; numbers past 999 simply grow (1000). */
export const SEQUENCE_DIGITS = 3;

/** The longest pattern accepted: with a long unit code and a big number it still fits the 60-character reference. */
export const REFERENCE_PATTERN_MAX = 40;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(["year", "seq", "unit"]);
/** What a reference number may contain besides placeholders (as the agreement form accepts). */
const LITERAL = /^[\p{L}\p{N}\-/._ ]*$/u;

export interface ReferenceParts {
  year: number;
  seq: number;
  /** The unit's code; needed only when the pattern has {unit}. */
  unit?: string;
}

/**
 * Why a pattern cannot number agreements, as a message key, or null when it can: {seq} exactly once
 * (otherwise two agreements of a year would share a number), no unknown placeholder, and only the
 * characters a reference number may hold, starting with a letter, a digit or a placeholder.
 */
export function referencePatternProblem(pattern: string): string | null {
  const names = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]!);
  if (names.some((name) => !KNOWN.has(name))) return "admin.settings.validation.unknownPlaceholder";
  const literal = pattern.replace(PLACEHOLDER, "");
  if (!LITERAL.test(literal)) return "admin.settings.validation.characters";
  if (names.filter((name) => name === "seq").length !== 1) return "admin.settings.validation.seqOnce";
  const others = names.filter((name) => name !== "seq");
  if (others.length !== new Set(others).size) return "admin.settings.validation.placeholderTwice";
  if (!/^(?:[\p{L}\p{N}]|\{)/u.test(pattern)) return "admin.settings.validation.start";
  return null;
}

export function usesUnit(pattern: string): boolean {
  return pattern.includes("{unit}");
}

/** The reference number the pattern gives for these parts. */
export function formatReference(pattern: string, parts: ReferenceParts): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => {
    if (name === "year") return String(parts.year);
    if (name === "seq") return String(parts.seq).padStart(SEQUENCE_DIGITS, "0");
    return parts.unit ?? "";
  });
}

/** A regular-expression escape that PostgreSQL (ARE) and JavaScript read alike: a backslash before every non-alphanumeric character. */
function escapeLiteral(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, (char) => `\\${char}`);
}

/**
 * A regular expression (its source, valid in JavaScript and in PostgreSQL) matching the references
 * this pattern gave in a year (for a unit, with {unit}; for any unit without one), whose only group
 * is the number. Compare without case: "ku-iro-2026-007" typed by hand still takes number 7.
 */
export function referenceMatcher(pattern: string, parts: Omit<ReferenceParts, "seq">): string {
  const unit = parts.unit === undefined ? "(?:.+)" : escapeLiteral(parts.unit);
  let source = "^";
  let last = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    source += escapeLiteral(pattern.slice(last, match.index));
    const name = match[1];
    source += name === "seq" ? "([0-9]+)" : name === "year" ? String(parts.year) : unit;
    last = match.index + match[0].length;
  }
  return `${source}${escapeLiteral(pattern.slice(last))}$`;
}

/** The number after the highest one among `references` that the matcher recognises (1 for the first of the year). */
export function nextSequence(references: readonly string[], matcher: string): number {
  const expression = new RegExp(matcher, "i");
  let highest = 0;
  for (const reference of references) {
    const number = expression.exec(reference)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  return highest + 1;
}

/** The calendar year of `now` in the institution's time zone (a 31 December evening in Baku is already next year's). */
export function yearIn(timeZone: string, now: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(now));
}
