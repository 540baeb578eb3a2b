import "server-only";
import { exportTranslator, type ExportTranslate } from "@/lib/agreements/export-labels";
import type { SessionUser } from "@/lib/auth/current-user";
import { toCsv, toXlsx, type ExportColumn, type ExportFormat } from "@/lib/import-export/write-file";
import { countryName } from "@/lib/partners/country-names";
import { listInternationalStudentsForExport, type StudentRow } from "./queries";
import type { InternationalStudentFilter } from "./schemas";

/**
 * The filtered list as a spreadsheet. The code columns carry the headers and values the import
 * recognises (ISO country codes, level and status codes, unit codes), so a file can be edited and
 * imported again; the label columns beside them, in the reader's language, are ignored by the import.
 */
function studentExportColumns(t: ExportTranslate, locale: string): ExportColumn<StudentRow>[] {
  return [
    { header: "Student number", value: (row) => row.studentNumber, width: 18 },
    { header: "Full name", value: (row) => row.fullName, width: 32 },
    { header: "Country", value: (row) => row.countryCode, width: 9 },
    { header: t("export.countryName"), value: (row) => countryName(row.countryCode, locale), width: 22 },
    { header: "Program", value: (row) => row.programName, width: 36 },
    { header: "Level", value: (row) => row.level, width: 14 },
    { header: t("export.levelName"), value: (row) => t(`levels.${row.level}`), width: 18 },
    { header: "Unit", value: (row) => row.unitCode ?? "", width: 10 },
    { header: "Intake year", value: (row) => row.intakeYear, width: 10 },
    { header: "Status", value: (row) => row.status, width: 12 },
    { header: t("export.statusName"), value: (row) => t(`statuses.${row.status}`), width: 16 },
  ];
}

export async function exportInternationalStudents(
  user: SessionUser | null,
  filter: InternationalStudentFilter,
  format: ExportFormat,
): Promise<string | Uint8Array> {
  const [rows, { t, locale }] = await Promise.all([listInternationalStudentsForExport(user, filter), exportTranslator("internationalStudents")]);
  const columns = studentExportColumns(t, locale);
  return format === "xlsx" ? toXlsx(columns, rows, t("export.sheetName")) : toCsv(columns, rows);
}
