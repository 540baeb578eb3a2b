import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { MobilityRow } from "./queries";

/** Turns mobility rows into CSV (UTF-8 with BOM, for Excel) or an .xlsx workbook, with translated headers. */

export type ExportFormat = "csv" | "xlsx";

export interface ExportLabels {
  columns: Record<ExportColumn, string>;
  value: (kind: "direction" | "participantType" | "mobilityType" | "status" | "level", value: string) => string;
  sheetName: string;
}

export const EXPORT_COLUMNS = [
  "personName",
  "personEmail",
  "direction",
  "participantType",
  "mobilityType",
  "partner",
  "partnerCountry",
  "homeCountry",
  "program",
  "agreement",
  "unit",
  "level",
  "isced",
  "academicYear",
  "startDate",
  "endDate",
  "status",
  "applicationId",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

const day = (date: Date) => date.toISOString().slice(0, 10);

function cellsOf(row: MobilityRow, labels: ExportLabels): Record<ExportColumn, string | number> {
  return {
    personName: row.personName,
    personEmail: row.personEmail ?? "",
    direction: labels.value("direction", row.direction),
    participantType: labels.value("participantType", row.participantType),
    mobilityType: labels.value("mobilityType", row.mobilityType),
    partner: row.partner.name,
    partnerCountry: row.partner.countryCode,
    homeCountry: row.homeCountryCode ?? "",
    program: row.program?.name ?? "",
    agreement: row.agreement?.referenceNumber ?? "",
    unit: row.unit?.code ?? "",
    level: row.level ? labels.value("level", row.level) : "",
    isced: row.iscedCode ?? "",
    academicYear: `${row.academicYear}/${row.academicYear + 1}`,
    startDate: day(row.startDate),
    endDate: day(row.endDate),
    status: labels.value("status", row.status),
    applicationId: row.applicationId ?? "",
  };
}

/** A spreadsheet must not run a name such as "=HYPERLINK(...)" as a formula. */
export function neutralizeFormula(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export async function exportMobility(rows: readonly MobilityRow[], format: ExportFormat, labels: ExportLabels): Promise<Uint8Array> {
  const header = EXPORT_COLUMNS.map((column) => labels.columns[column]);
  const data = rows.map((row) => {
    const cells = cellsOf(row, labels);
    return EXPORT_COLUMNS.map((column) => cells[column]);
  });
  if (format === "csv") {
    const csv = Papa.unparse({ fields: header, data: data.map((cells) => cells.map(neutralizeFormula)) });
    return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(labels.sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const cells of data) sheet.addRow(cells);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
