import { splitMessage } from "@/lib/forms/fields";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { normalizeHeader, type ImportField, type MappedRow, type RowProblem } from "@/lib/import-export/table";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { UNIT_KINDS, unitFieldsSchema, type UnitFields } from "./schemas";

/**
 * One row of a units file (code, name, kind, and the name in each language: "name (az)") as a
 * unit's fields, through the same schema as the form. Pure; the database part is in ./import.ts.
 */

/** The import field of the name in one language, as an export would head its column: "name (az)". */
export const nameInLanguage = (language: string) => `name.${language}`;

export const UNIT_IMPORT_FIELDS: readonly ImportField[] = [
  { key: "code", required: true, aliases: ["unit code", "short name", "abbreviation", "kod", "код"] },
  { key: "name", required: true, aliases: ["unit", "unit name", "title", "ad", "adı", "название", "наименование"] },
  { key: "kind", aliases: ["type", "unit type", "növ", "tip", "вид", "тип"] },
  ...CONTENT_LANGUAGES.map((language) => ({ key: nameInLanguage(language), aliases: [`name (${language})`, `name ${language}`] })),
];

const KIND_WORDS: Record<UnitKind, string[]> = {
  FACULTY: ["faculty", "fakültə", "факультет"],
  SCHOOL: ["school", "məktəb", "школа"],
  DEPARTMENT: ["department", "kafedra", "şöbə", "кафедра", "отдел"],
  OFFICE: ["office", "ofis", "idarə", "офис", "управление"],
};

const KINDS = new Map<string, UnitKind>(UNIT_KINDS.flatMap((kind) => [kind, ...KIND_WORDS[kind]].map((word) => [normalizeHeader(word), kind] as const)));

/** A translation key, possibly with values after a "|" (see lib/forms/fields.ts). */
const MESSAGE_KEY = /^[a-z][\w-]*(\.[\w-]+)+(\|.*)?$/i;

export interface ImportedUnit {
  fields: UnitFields;
  /** False when the kind cell was blank: a known unit keeps its kind, a new one is a faculty. */
  kindGiven: boolean;
}

export type ParsedUnitRow = { ok: true; rowNumber: number; unit: ImportedUnit } | { ok: false; rowNumber: number; problems: RowProblem[] };

/** The import field a schema issue belongs to: `translations.az.name` is the column "name.az". */
function issueField(path: readonly PropertyKey[]): string {
  if (path[0] === "translations" && path.length >= 3) return nameInLanguage(String(path[1]));
  return String(path[0] ?? "");
}

/** Checks one row on its own (no database): the same rules as the unit form. */
export function parseUnitRow(row: MappedRow): ParsedUnitRow {
  const v = (key: string) => (row.values[key] ?? "").trim();
  const kindText = v("kind");
  const input = {
    code: v("code"),
    name: v("name"),
    kind: kindText === "" ? "FACULTY" : (KINDS.get(normalizeHeader(kindText)) ?? kindText),
    translations: Object.fromEntries(CONTENT_LANGUAGES.map((language) => [language, { name: v(nameInLanguage(language)) }])),
  };
  const parsed = unitFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, rowNumber: row.rowNumber, unit: { fields: parsed.data, kindGiven: kindText !== "" } };
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = issueField(issue.path);
    if (seen.has(field)) continue; // one problem per field, the first, as a form shows it
    seen.add(field);
    const { key, values } = MESSAGE_KEY.test(issue.message) ? splitMessage(issue.message) : { key: "common.form.errors.invalid", values: {} };
    problems.push({ rowNumber: row.rowNumber, field, message: key, ...(Object.keys(values).length > 0 ? { values } : {}), severity: "error" });
  }
  return { ok: false, rowNumber: row.rowNumber, problems };
}
