/**
 * Generic tabular import: a file read into headers and string cells, a mapping from the importer's
 * fields to the file's columns, and rows keyed by field. Nothing here knows about partners, so the
 * agreement import can reuse it with its own field list.
 */

export interface TabularData {
  headers: string[];
  /** Data rows only (the header row excluded), every cell as text. */
  rows: string[][];
}

export interface ImportField {
  key: string;
  required?: boolean;
  /** Header spellings recognised when guessing the mapping (compared without case, spaces or punctuation). */
  aliases: readonly string[];
}

/** Field key → column index in the file, or null when the field is not imported. */
export type ColumnMapping = Record<string, number | null>;

export interface MappedRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first data row is 2. */
  rowNumber: number;
  values: Record<string, string>;
}

export interface RowProblem {
  /** 0 for problems with the file or the mapping as a whole. */
  rowNumber: number;
  field?: string;
  /** A translation key. */
  message: string;
  values?: Record<string, string | number>;
  /** Warnings are shown but do not block the import. */
  severity: "error" | "warning";
}

export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A first guess at the mapping: each field takes the first unused column whose header matches its key or an alias. */
export function guessMapping(headers: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const names = new Set([field.key, ...field.aliases].map(normalizeHeader));
    const index = normalized.findIndex((header, i) => !used.has(i) && names.has(header));
    mapping[field.key] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  return mapping;
}

/** Problems that make a mapping unusable: a required field left out, a column that does not exist or is used twice. */
export function mappingProblems(mapping: ColumnMapping, fields: readonly ImportField[], columnCount: number): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Map<number, string>();
  for (const field of fields) {
    const index = mapping[field.key];
    if (index === null || index === undefined) {
      if (field.required) problems.push({ rowNumber: 0, field: field.key, message: "importExport.mapping.requiredField", severity: "error" });
      continue;
    }
    if (!Number.isInteger(index) || index < 0 || index >= columnCount) {
      problems.push({ rowNumber: 0, field: field.key, message: "importExport.mapping.noSuchColumn", severity: "error" });
      continue;
    }
    if (seen.has(index)) {
      problems.push({ rowNumber: 0, field: field.key, message: "importExport.mapping.columnTwice", severity: "error" });
    }
    seen.set(index, field.key);
  }
  return problems;
}

/** The file's rows keyed by field, trimmed; rows with no value in any mapped column are skipped. */
export function applyMapping(data: TabularData, mapping: ColumnMapping): MappedRow[] {
  const entries = Object.entries(mapping).filter((entry): entry is [string, number] => typeof entry[1] === "number");
  const rows: MappedRow[] = [];
  data.rows.forEach((cells, index) => {
    const values: Record<string, string> = {};
    for (const [key, column] of entries) values[key] = (cells[column] ?? "").trim();
    if (Object.values(values).some((value) => value !== "")) rows.push({ rowNumber: index + 2, values });
  });
  return rows;
}
