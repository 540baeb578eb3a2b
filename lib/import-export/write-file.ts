import ExcelJS from "exceljs";
import Papa from "papaparse";

export type CellValue = string | number | boolean | Date | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Excel column width in characters. */
  width?: number;
}

function plain(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF line ends, and cells that
 * would start a formula (=, +, -, @) prefixed with a quote so a spreadsheet never executes them.
 */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const data = rows.map((row) => columns.map((column) => plain(column.value(row))));
  return `\uFEFF${Papa.unparse({ fields: columns.map((column) => column.header), data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}

/** An .xlsx workbook with one sheet, a bold frozen header row and an autofilter. */
export async function toXlsx<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    // Values are set as plain values, never as { formula }, so text like "=1+1" stays text.
    sheet.addRow(columns.map((column) => column.value(row) ?? null));
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
