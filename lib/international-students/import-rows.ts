import { splitMessage } from "@/lib/forms/fields";
import { normalizeHeader, type ImportField, type MappedRow, type RowProblem } from "@/lib/import-export/table";
import type { InternationalStudentStatus, StudyLevel } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/partners/country-names";
import { COUNTRIES } from "@/lib/reference/countries";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { internationalStudentFieldsSchema, STUDENT_LEVELS, STUDENT_STATUSES } from "./schemas";

/**
 * One row of the registrar's export as a student: tolerant about how registrars write things
 * (countries by code or English name, "Bakalavr", "2023/24"), strict about the result, which goes
 * through the same schema as the form. Headers of our own export and the usual registrar headers
 * in English, Azerbaijani and Russian are recognised. Pure, unit-tested; units are resolved later.
 */

export const STUDENT_IMPORT_FIELDS: readonly ImportField[] = [
  {
    key: "studentNumber",
    required: true,
    aliases: ["student number", "student no", "student id", "id", "id number", "matriculation number", "registration number", "tələbə nömrəsi", "tələbə no", "номер студента", "студенческий номер"],
  },
  { key: "fullName", required: true, aliases: ["full name", "name", "student name", "name surname", "ad soyad", "soyad ad", "tələbənin adı", "фио", "имя"] },
  { key: "country", required: true, aliases: ["country", "country code", "citizenship", "nationality", "ölkə", "vətəndaşlıq", "гражданство", "страна"] },
  { key: "programName", required: true, aliases: ["program", "programme", "program name", "specialty", "speciality", "major", "ixtisas", "proqram", "специальность", "программа"] },
  { key: "level", required: true, aliases: ["level", "degree", "degree level", "study level", "cycle", "təhsil pilləsi", "səviyyə", "уровень", "ступень"] },
  { key: "unit", aliases: ["unit code", "faculty", "school", "department", "fakültə", "bölmə", "факультет", "подразделение"] },
  { key: "intakeYear", required: true, aliases: ["intake", "intake year", "year of admission", "admission year", "entry year", "qəbul ili", "год поступления"] },
  { key: "status", aliases: ["state", "student status", "vəziyyət", "status", "статус"] },
];

function words<K extends string>(codes: readonly K[], extra: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const code of codes) for (const word of [code, code.replace(/_/g, " "), ...extra[code]]) map.set(normalizeHeader(word), code);
  return map;
}

const LEVELS = words<StudyLevel>(STUDENT_LEVELS, {
  SHORT_CYCLE: ["short cycle", "associate", "associate degree", "foundation", "subbakalavr", "младший специалист"],
  BACHELOR: ["bachelor", "bachelors", "bachelor's", "ba", "bsc", "undergraduate", "bakalavr", "bakalavriat", "бакалавр", "бакалавриат"],
  MASTER: ["master", "masters", "master's", "ma", "msc", "mba", "llm", "magistr", "magistratura", "магистр", "магистратура"],
  DOCTORAL: ["doctoral", "doctorate", "phd", "doktorantura", "fəlsəfə doktoru", "докторантура", "аспирантура"],
});

const STATUSES = words<InternationalStudentStatus>(STUDENT_STATUSES, {
  ENROLLED: ["enrolled", "active", "studying", "current", "təhsil alır", "aktiv", "обучается", "активный"],
  GRADUATED: ["graduated", "graduate", "alumni", "məzun", "выпускник", "окончил"],
  WITHDRAWN: ["withdrawn", "withdrew", "expelled", "left", "dropped out", "xaric olunub", "отчислен"],
  SUSPENDED: ["suspended", "academic leave", "on leave", "akademik məzuniyyət", "академический отпуск"],
});

/** Names people still write that CLDR has since changed. */
const FORMER_NAMES: Record<string, string> = { Turkey: "TR", "Czech Republic": "CZ", Swaziland: "SZ", Macedonia: "MK", Kirgizia: "KG", Burma: "MM" };

/**
 * A country by its ISO codes, its ISO name, or its name in any of the portal's languages (from CLDR,
 * as the rest of the portal names countries), so "TR", "TUR", "Türkiye", "Türkiyə" and "Турция" agree.
 */
const COUNTRY_NAMES = new Map<string, string>([
  ...COUNTRIES.flatMap((country) => {
    const names: string[] = [country.code, country.alpha3, country.name, ...CONTENT_LANGUAGES.map((language) => countryName(country.code, language))];
    if ("commonName" in country && country.commonName) names.push(country.commonName);
    return names.map((name) => [normalizeHeader(name), country.code] as const);
  }),
  ...Object.entries(FORMER_NAMES).map(([name, code]) => [normalizeHeader(name), code] as const),
]);

/** "2023", "2023/24" or "2023-2024": the first calendar year of the intake's academic year. */
function intakeYearOf(text: string): string {
  return /^(\d{4})(?:\s*[-/–]\s*\d{2,4})?$/.exec(text)?.[1] ?? text;
}

/** A translation key, possibly with values after a "|" (see lib/forms/fields.ts). */
const MESSAGE_KEY = /^[a-z][\w-]*(\.[\w-]+)+(\|.*)?$/i;

/** The schema's field a column feeds (`country` → `countryCode`), and back for problems. */
const SCHEMA_FIELD = { country: "countryCode", unit: "unitId" } as const;
const IMPORT_FIELD: Record<string, string> = { countryCode: "country", unitId: "unit" };

export interface ImportedStudent {
  studentNumber: string;
  fullName: string;
  countryCode: string;
  programName: string;
  level: StudyLevel;
  intakeYear: number;
  status: InternationalStudentStatus;
  /** As written in the file; resolved to a unit against the database. */
  unitCode: string | null;
}

export type ParsedStudentRow = { ok: true; rowNumber: number; fields: ImportedStudent } | { ok: false; rowNumber: number; problems: RowProblem[] };

/** Checks one row on its own (no database): the same rules as the form. */
export function parseStudentRow(row: MappedRow): ParsedStudentRow {
  const v = (key: string) => (row.values[key] ?? "").trim();
  const input = {
    studentNumber: v("studentNumber"),
    fullName: v("fullName"),
    [SCHEMA_FIELD.country]: COUNTRY_NAMES.get(normalizeHeader(v("country"))) ?? v("country"),
    programName: v("programName"),
    level: LEVELS.get(normalizeHeader(v("level"))) ?? v("level"),
    [SCHEMA_FIELD.unit]: null,
    intakeYear: intakeYearOf(v("intakeYear")),
    status: v("status") === "" ? "ENROLLED" : (STATUSES.get(normalizeHeader(v("status"))) ?? v("status")),
  };
  const parsed = internationalStudentFieldsSchema.safeParse(input);
  if (parsed.success) {
    const { unitId: _unitId, ...fields } = parsed.data;
    return { ok: true, rowNumber: row.rowNumber, fields: { ...fields, unitCode: v("unit") || null } };
  }
  // One problem per field, the first, as a form shows it.
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (const issue of parsed.error.issues) {
    const schemaField = String(issue.path[0] ?? "");
    if (seen.has(schemaField)) continue;
    seen.add(schemaField);
    const { key, values } = MESSAGE_KEY.test(issue.message) ? splitMessage(issue.message) : { key: "common.form.errors.invalid", values: {} };
    problems.push({
      rowNumber: row.rowNumber,
      field: IMPORT_FIELD[schemaField] ?? schemaField,
      message: key,
      ...(Object.keys(values).length > 0 ? { values } : {}),
      severity: "error",
    });
  }
  return { ok: false, rowNumber: row.rowNumber, problems };
}
