import { splitMessage } from "@/lib/forms/fields";
import { normalizeHeader, type ImportField, type MappedRow, type RowProblem } from "@/lib/import-export/table";
import { COUNTRIES } from "@/lib/reference/countries";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { COOPERATION_AREAS, PARTNER_KINDS, PARTNER_STATUSES } from "./constants";
import { PARTNER_FIELD_KEYS, PARTNER_TRANSLATABLE_KEYS, partnerField, translationColumnHeader, type PartnerFieldKey } from "./partner-fields";
import { partnerFieldsSchema, type PartnerFields } from "./schemas";

/**
 * Turning one imported row into partner fields: tolerant about how people write things in a
 * spreadsheet ("Germany", "DEU" or "de"; "Research institute"; "yes"), strict about the result,
 * which goes through the same schema as the form.
 */

/** The import field of a translatable field's text in one language ("description.az"), as the export names its column. */
export function translationImportKey(key: PartnerFieldKey, language: string): string {
  return `${key}.${language}`;
}

/**
 * The import's fields: every editable field of a partner, matched by its column, key and aliases,
 * and after a translatable one its text in each language, matched by the export's headers
 * ("description (az)"). A file without those columns imports the plain texts only.
 */
export const PARTNER_IMPORT_FIELDS: readonly ImportField[] = PARTNER_FIELD_KEYS.flatMap((key) => {
  const { column, aliases = [], required, translatable } = partnerField(key);
  const plain: ImportField = { key, required, aliases: [column, ...aliases] };
  if (!translatable) return [plain];
  return [plain, ...CONTENT_LANGUAGES.map((language) => ({ key: translationImportKey(key, language), aliases: [translationColumnHeader(column, language)] }))];
});

const KIND_WORDS: Record<(typeof PARTNER_KINDS)[number], string[]> = {
  UNIVERSITY: ["university", "universitet", "университет", "higher education institution", "hei"],
  RESEARCH_INSTITUTE: ["research institute", "institute", "elmi-tədqiqat institutu", "научно-исследовательский институт"],
  ORGANIZATION: ["organization", "organisation", "ngo", "təşkilat", "организация"],
  COMPANY: ["company", "enterprise", "business", "şirkət", "компания"],
  FOUNDATION: ["foundation", "fond", "фонд"],
  GOVERNMENT: ["government", "government body", "ministry", "dövlət qurumu", "государственный орган"],
  EMBASSY: ["embassy", "səfirlik", "посольство"],
  NETWORK: ["network", "association", "şəbəkə", "сеть", "ассоциация"],
};

const STATUS_WORDS: Record<(typeof PARTNER_STATUSES)[number], string[]> = {
  PROSPECT: ["prospect", "potential", "planned", "potensial", "потенциальный"],
  ACTIVE: ["active", "aktiv", "активный"],
  INACTIVE: ["inactive", "passive", "ended", "qeyri-aktiv", "неактивный"],
};

const AREA_WORDS: Record<(typeof COOPERATION_AREAS)[number], string[]> = {
  "student-exchange": ["student exchange", "student mobility"],
  "staff-exchange": ["staff exchange", "faculty exchange", "staff and faculty exchange", "staff mobility"],
  "joint-research": ["joint research", "research"],
  "joint-programs": ["joint programs", "joint programmes", "joint programs and curricula", "curricula"],
  "double-degree": ["double degree", "dual degree", "joint degree", "double, dual and joint degrees"],
  "summer-school": ["summer school", "winter school", "summer and winter schools"],
  library: ["library", "library and resource sharing"],
  "language-teaching": ["language teaching", "languages"],
  "cultural-center": ["cultural center", "cultural centre", "cultural and resource centers"],
  "capacity-building": ["capacity building"],
  internships: ["internships", "internship", "traineeships"],
  scholarships: ["scholarships", "scholarship"],
};

function lookup<K extends string>(words: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, list] of Object.entries(words) as [K, string[]][]) {
    for (const word of [key, ...list]) map.set(normalizeHeader(word), key);
  }
  return map;
}

const KINDS = lookup(KIND_WORDS);
const STATUSES = lookup(STATUS_WORDS);
const AREAS = lookup(AREA_WORDS);
const COUNTRY_NAMES = new Map<string, string>(
  COUNTRIES.flatMap((country) => {
    const names: string[] = [country.code, country.alpha3, country.name];
    if ("commonName" in country && country.commonName) names.push(country.commonName);
    return names.map((name) => [normalizeHeader(name), country.code] as const);
  }),
);

const TRUE_WORDS = new Set(["yes", "y", "true", "1", "public", "bəli", "he", "да"].map(normalizeHeader));
const FALSE_WORDS = new Set(["no", "n", "false", "0", "internal", "private", "xeyr", "yox", "нет"].map(normalizeHeader));

/** A translation key, possibly with values after a "|" (see lib/forms/fields.ts). */
const MESSAGE_KEY = /^[a-z][\w-]*(\.[\w-]+)+(\|.*)?$/i;

const YES_NO_UNKNOWN = Symbol("not yes or no");

/**
 * How spreadsheet cells become form input, for the fields people write in many ways; every other
 * field is taken as typed. Unknown spellings pass through, so the schema reports them.
 */
const READERS: Partial<Record<PartnerFieldKey, (text: string) => unknown>> = {
  kind: (text) => KINDS.get(normalizeHeader(text)) ?? text,
  countryCode: (text) => COUNTRY_NAMES.get(normalizeHeader(text)) ?? text,
  areas: (text) => [
    ...new Set(
      text
        .split(/[;,|\n]/)
        .map((area) => area.trim())
        .filter(Boolean)
        .map((area) => AREAS.get(normalizeHeader(area)) ?? area),
    ),
  ],
  status: (text) => (text === "" ? "PROSPECT" : (STATUSES.get(normalizeHeader(text)) ?? text)),
  // An imported partner stays internal unless the file says "yes": a spreadsheet of prospects must
  // not reach the public directory because its "public" column was left out or blank. The dry run
  // says how many rows will be public.
  isPublic: (text) => {
    const word = normalizeHeader(text);
    return TRUE_WORDS.has(word) ? true : word === "" || FALSE_WORDS.has(word) ? false : YES_NO_UNKNOWN;
  },
};

/** The texts of the translatable fields in each language the file has a column for; the schema drops blanks. */
function translationsInput(values: Record<string, string>): Record<string, Record<string, string>> {
  return Object.fromEntries(
    CONTENT_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(PARTNER_TRANSLATABLE_KEYS.map((key) => [key, values[translationImportKey(key, language)] ?? ""])),
    ]),
  );
}

function toInput(values: Record<string, string>): Record<PartnerFieldKey | "translations", unknown> {
  const plain = Object.fromEntries(
    PARTNER_FIELD_KEYS.map((key) => {
      const text = values[key] ?? "";
      return [key, READERS[key]?.(text) ?? text];
    }),
  ) as Record<PartnerFieldKey, unknown>;
  return { ...plain, translations: translationsInput(values) };
}

/** The import field a schema issue belongs to: `translations.az.description` is the column "description.az". */
function issueField(path: readonly PropertyKey[]): string {
  if (path[0] === "translations" && path.length >= 3) return translationImportKey(String(path[2]) as PartnerFieldKey, String(path[1]));
  return String(path[0] ?? "");
}

export type ParsedImportRow =
  | { ok: true; rowNumber: number; fields: PartnerFields }
  | { ok: false; rowNumber: number; problems: RowProblem[] };

/** Checks one row on its own (no database): the same rules as the partner form. */
export function parsePartnerRow(row: MappedRow): ParsedImportRow {
  const input = toInput(row.values);
  if (input.isPublic === YES_NO_UNKNOWN) {
    return {
      ok: false,
      rowNumber: row.rowNumber,
      problems: [{ rowNumber: row.rowNumber, field: "isPublic", message: "partners.import.problems.yesNo", severity: "error" }],
    };
  }
  const parsed = partnerFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, rowNumber: row.rowNumber, fields: parsed.data };
  // One problem per field, the first, as a form shows it (a blank name fails "required" and "too short").
  const firstIssues = parsed.error.issues.filter(
    (issue, index, issues) => issues.findIndex((other) => issueField(other.path) === issueField(issue.path)) === index,
  );
  const problems = firstIssues.map<RowProblem>((issue) => {
    // Zod's own messages (e.g. for a wrong type) are not translation keys; keep only ours.
    const { key, values } = MESSAGE_KEY.test(issue.message) ? splitMessage(issue.message) : { key: "common.form.errors.invalid", values: {} };
    return {
      rowNumber: row.rowNumber,
      field: issueField(issue.path),
      message: key,
      ...(Object.keys(values).length > 0 ? { values } : {}),
      severity: "error",
    };
  });
  return { ok: false, rowNumber: row.rowNumber, problems };
}
