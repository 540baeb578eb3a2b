import { COUNTRIES } from "@/lib/reference/countries";

/**
 * Which host countries a catalogue search names, in English, Azerbaijani or Russian, with a typing
 * mistake or without: "Norway", "Norwy", "Norveç" and "Норвегия" all name NO. Country names are
 * few (249 × a handful of spellings), so they are compared here rather than in SQL: the query then
 * only asks for the calls of partners in those countries, through the country index.
 */

const NAME_LOCALES = ["en", "az", "ru"] as const;

/** Words that do not tell one country from another. */
const FILLER = new Set(["and", "of", "the", "və", "и"]);

/** Lower case without accents ("Norveç" → "norvec", "İsveç" → "isvec"); Cyrillic stays as it is. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").toLocaleLowerCase("en");
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !FILLER.has(word));
}

interface CountrySpelling {
  code: string;
  words: string[];
}

/** Everyday English names CLDR does not use (it says "Türkiye", "United Kingdom"). */
const ALIASES: Record<string, string[]> = {
  TR: ["Turkey"],
  GB: ["Britain", "Great Britain", "England", "UK"],
  US: ["USA", "America"],
  NL: ["Holland"],
};

let spellings: CountrySpelling[] | undefined;

/** Every country under its ISO, everyday and CLDR names in each language of the portal. */
function allSpellings(): CountrySpelling[] {
  if (spellings) return spellings;
  const displayNames = NAME_LOCALES.map((locale) => new Intl.DisplayNames([locale], { type: "region", fallback: "none" }));
  const seen = new Set<string>();
  spellings = COUNTRIES.flatMap((country) => {
    const names = [
      country.name,
      "commonName" in country ? country.commonName : undefined,
      ...displayNames.map((names) => names.of(country.code)),
      ...(ALIASES[country.code] ?? []),
    ];
    return names.flatMap((name) => {
      const words = name ? wordsOf(name) : [];
      const key = `${country.code}:${words.join(" ")}`;
      if (words.length === 0 || seen.has(key)) return [];
      seen.add(key);
      return [{ code: country.code, words }];
    });
  });
  return spellings;
}

/** Edits allowed for a word of this length: none up to 4 letters ("Iran" is not "Iraq"), then 1, then 2. */
function allowedEdits(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, swaps), capped. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function sameWord(typed: string, word: string): boolean {
  const edits = allowedEdits(Math.min(typed.length, word.length));
  return edits === 0 ? typed === word : editDistance(typed, word, edits) <= edits;
}

function namedBy(typed: string[], matches: (typed: string, word: string) => boolean): string[] {
  const codes = new Set<string>();
  for (const spelling of allSpellings()) {
    if (!codes.has(spelling.code) && spelling.words.every((word) => typed.some((candidate) => matches(candidate, word)))) {
      codes.add(spelling.code);
    }
  }
  return [...codes].sort();
}

/**
 * The ISO codes of the countries whose every name word is among the typed words ("United States"
 * needs both; "United" alone names no country). Names spelled exactly win; only when there is
 * none is a small mistake allowed, so "Almaniya" is Germany and not also "Albaniya".
 */
export function countriesNamedIn(q: string): string[] {
  const typed = wordsOf(q).slice(0, 8);
  if (typed.length === 0) return [];
  const exact = namedBy(typed, (candidate, word) => candidate === word);
  return exact.length > 0 ? exact : namedBy(typed, sameWord);
}
