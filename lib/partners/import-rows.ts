import { normalizeHeader, type ImportField, type MappedRow, type RowProblem } from "@/lib/import-export/table";
import { COUNTRIES } from "@/lib/reference/countries";
import { COOPERATION_AREAS, PARTNER_KINDS, PARTNER_STATUSES } from "./constants";
import { partnerFieldsSchema, type PartnerFields } from "./schemas";

/**
 * Turning one imported row into partner fields: tolerant about how people write things in a
 * spreadsheet ("Germany", "DEU" or "de"; "Research institute"; "yes"), strict about the result,
 * which goes through the same schema as the form.
 */

export const PARTNER_IMPORT_FIELDS: readonly ImportField[] = [
  { key: "name", required: true, aliases: ["partner", "partner name", "institution", "organization", "organisation", "university", "ad", "adı", "название", "наименование"] },
  { key: "kind", required: true, aliases: ["type", "partner type", "category", "növ", "tip", "тип", "вид"] },
  { key: "countryCode", required: true, aliases: ["country", "country code", "iso", "ölkə", "страна"] },
  { key: "city", aliases: ["town", "şəhər", "город"] },
  { key: "website", aliases: ["web", "web site", "url", "homepage", "sayt", "сайт", "веб-сайт"] },
  { key: "erasmusCode", aliases: ["erasmus", "erasmus code", "erasmus id", "erasmus kodu", "код erasmus"] },
  { key: "schacCode", aliases: ["schac", "schac code", "schac home organization"] },
  { key: "pic", aliases: ["pic code", "participant identification code"] },
  { key: "description", aliases: ["cooperation", "description of cooperation", "public description", "təsvir", "описание"] },
  { key: "areas", aliases: ["area", "areas of cooperation", "cooperation areas", "tags", "sahələr", "области сотрудничества"] },
  { key: "status", aliases: ["state", "status", "vəziyyət", "статус"] },
  { key: "isPublic", aliases: ["public", "visible", "published", "açıq", "публичный"] },
  { key: "internalNotes", aliases: ["internal notes", "notes", "comment", "comments", "qeydlər", "заметки"] },
];

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

/** The row's values in the form's input shape; unknown spellings pass through so the schema reports them. */
function toInput(values: Record<string, string>): Record<string, unknown> {
  const text = (key: string) => values[key] ?? "";
  const publicWord = normalizeHeader(text("isPublic"));
  return {
    name: text("name"),
    kind: KINDS.get(normalizeHeader(text("kind"))) ?? text("kind"),
    countryCode: COUNTRY_NAMES.get(normalizeHeader(text("countryCode"))) ?? text("countryCode"),
    city: text("city"),
    website: text("website"),
    erasmusCode: text("erasmusCode"),
    schacCode: text("schacCode"),
    pic: text("pic"),
    description: text("description"),
    areas: text("areas")
      .split(/[;,|\n]/)
      .map((area) => area.trim())
      .filter(Boolean)
      .map((area) => AREAS.get(normalizeHeader(area)) ?? area),
    status: text("status") === "" ? "PROSPECT" : (STATUSES.get(normalizeHeader(text("status"))) ?? text("status")),
    // Partners are public unless the file says otherwise, as in the form.
    isPublic: publicWord === "" || TRUE_WORDS.has(publicWord) ? true : FALSE_WORDS.has(publicWord) ? false : "invalid",
    internalNotes: text("internalNotes"),
  };
}

export type ParsedImportRow =
  | { ok: true; rowNumber: number; fields: PartnerFields }
  | { ok: false; rowNumber: number; problems: RowProblem[] };

/** Checks one row on its own (no database): the same rules as the partner form. */
export function parsePartnerRow(row: MappedRow): ParsedImportRow {
  const input = toInput(row.values);
  if (input.isPublic === "invalid") {
    return {
      ok: false,
      rowNumber: row.rowNumber,
      problems: [{ rowNumber: row.rowNumber, field: "isPublic", message: "partners.import.problems.yesNo", severity: "error" }],
    };
  }
  const parsed = partnerFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, rowNumber: row.rowNumber, fields: parsed.data };
  const problems = parsed.error.issues.map<RowProblem>((issue) => ({
    rowNumber: row.rowNumber,
    field: String(issue.path[0] ?? ""),
    // Zod's own messages (e.g. for a wrong type) are not translation keys; keep only ours.
    message: /^[a-z]+\.[\w.]+$/i.test(issue.message) ? issue.message : "common.form.errors.invalid",
    severity: "error",
  }));
  return { ok: false, rowNumber: row.rowNumber, problems };
}
