import ExcelJS from "exceljs";
import Papa from "papaparse";

export type CellValue = string | number | boolean | Date | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Excel column width in characters. */
  width?: number;
}

/**
 * A character that makes a spreadsheet read a cell as a formula (TAB and CR: shift what it reads),
 * at the start of the value or of any of its lines, after any spaces. These are the characters
 * OWASP lists plus their full-width forms, which some spreadsheets accept too. papaparse's own
 * check (`escapeFormulae`) misses every value holding a line break, so "=cmd…" followed by one
 * passed it; and some spreadsheets trim leading spaces before they decide.
 */
export const FORMULA_AT_A_LINE_START = /(?:^|[\r\n])[^\S\r\n]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The one neutralizer every export cell goes through (CSV and Excel alike): a text a spreadsheet
 * could run as a formula gets a leading apostrophe, which makes it plain text. Numbers, dates and
 * booleans are typed cells and stay as they are.
 */
export function neutralizeFormula<Value extends CellValue>(value: Value): Value | string {
  return typeof value === "string" && FORMULA_AT_A_LINE_START.test(value) ? `'${value}` : value;
}

function plain(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(neutralizeFormula(value));
}

/**
 * CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF line ends, and every cell
 * through `neutralizeFormula`. A neutralized cell is also quoted, as papaparse quotes the ones it
 * escapes itself.
 */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const data = rows.map((row) => columns.map((column) => plain(column.value(row))));
  const fields = columns.map((column) => plain(column.header));
  const quotes = (cell: unknown) => typeof cell === "string" && cell.startsWith("'");
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: "\r\n", quotes, escapeFormulae: false })}\r\n`;
}

/** An .xlsx workbook with one sheet, a bold frozen header row and an autofilter. */
export async function toXlsx<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    // Values are set as plain values, never as { formula }; text that would become a formula when
    // someone edits the cell is neutralized as in the CSV.
    sheet.addRow(columns.map((column) => neutralizeFormula(column.value(row)) ?? null));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const EXPORT_FORMATS = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A download response that is never cached (the data is staff-only and changes). */
export function downloadResponse(body: string | Uint8Array, format: ExportFormat, baseName: string): Response {
  const fileName = `${baseName}.${format}`;
  return new Response(typeof body === "string" ? body : (body as Uint8Array<ArrayBuffer>), {
    headers: {
      "Content-Type": EXPORT_FORMATS[format],
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
