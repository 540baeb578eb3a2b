import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { TabularData } from "./table";
import { FORMULA_AT_A_LINE_START } from "./write-file";

/** A file that cannot be imported at all; `message` is a translation key. */
export class ImportFileError extends Error {
  constructor(
    readonly messageKey: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = "ImportFileError";
  }
}

export interface ReadLimits {
  maxRows: number;
  maxColumns: number;
}

const DEFAULT_LIMITS: ReadLimits = { maxRows: 5000, maxColumns: 60 };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Reads a CSV or Excel (.xlsx) file into headers and text cells, deciding the format by content (an
 * .xlsx is a zip archive) rather than by the file's name. The first row holds the headers.
 */
export async function readTabularFile(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<TabularData> {
  const { maxRows, maxColumns } = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.byteLength === 0) throw new ImportFileError("importExport.file.empty");
  if (startsWith(bytes, OLE2)) throw new ImportFileError("importExport.file.legacyExcel");
  const table = startsWith(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  const [headerRow, ...rows] = table;
  const headers = (headerRow ?? []).map((cell) => cell.trim());
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  if (headers.length === 0) throw new ImportFileError("importExport.file.noHeader");
  if (headers.length > maxColumns) throw new ImportFileError("importExport.file.tooManyColumns", { max: maxColumns });
  const dataRows = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (dataRows.length === 0) throw new ImportFileError("importExport.file.noRows");
  if (dataRows.length > maxRows) throw new ImportFileError("importExport.file.tooManyRows", { max: maxRows });
  return { headers: headers.map((header, index) => header || `#${index + 1}`), rows: rows.map((row) => row.map(restoreNeutralized)) };
}

/**
 * Undoes the export's formula neutralizer (write-file.ts), so an exported file imports unchanged: a
 * cell that is an apostrophe followed by what a spreadsheet would read as a formula loses the
 * apostrophe. The text is stored as text; nothing here ever evaluates it.
 */
export function restoreNeutralized(cell: string): string {
  return cell.startsWith("'") && FORMULA_AT_A_LINE_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel on Windows still saves "CSV" in the ANSI code page; Latin-1 keeps such files readable.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  if (text.includes("\u0000")) throw new ImportFileError("importExport.file.notTabular");
  const clean = text.replace(/^\uFEFF/, "").replace(/(\r?\n)+$/, "");
  const result = Papa.parse<string[]>(clean, {
    // Blank lines are kept so row numbers match what a spreadsheet shows; blank rows are skipped later.
    skipEmptyLines: false,
    delimiter: delimiterOf(clean),
  });
  const fatal = result.errors.find((error) => error.type === "Quotes");
  if (fatal) throw new ImportFileError("importExport.file.badCsv", { row: (fatal.row ?? 0) + 1 });
  return result.data.map((row) => row.map((cell) => String(cell ?? "")));
}

/**
 * The separator of the header line: whichever of , ; tab | occurs most often in it. Spreadsheets
 * in many European locales save "CSV" with semicolons, and the header decides more reliably than
 * guessing over rows that may hold commas in their text.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, "");
  const candidates = [",", ";", "\t", "|"];
  const counts = candidates.map((candidate) => header.split(candidate).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? candidates[best]! : ",";
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportFileError("importExport.file.badExcel");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("importExport.file.noRows");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return Array.from(rows, (row) => row ?? []);
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === "object" && "hyperlink" in value) return String(value.text ?? value.hyperlink ?? "");
  return cell.text ?? "";
}
