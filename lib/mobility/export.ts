import "server-only";
import { toCsv, toXlsx, type ExportColumn as FileColumn } from "@/lib/import-export/write-file";
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

/**
 * The rows as CSV or .xlsx through the shared writers (lib/import-export/write-file.ts), so every
 * cell goes through the one formula neutralizer there.
 */
export async function exportMobility(rows: readonly MobilityRow[], format: ExportFormat, labels: ExportLabels): Promise<Uint8Array> {
  const columns = EXPORT_COLUMNS.map(
    (column): FileColumn<Record<ExportColumn, string | number>> => ({ header: labels.columns[column], value: (cells) => cells[column], width: 18 }),
  );
  const data = rows.map((row) => cellsOf(row, labels));
  if (format === "csv") return new TextEncoder().encode(toCsv(columns, data));
  return toXlsx(columns, data, labels.sheetName);
}
