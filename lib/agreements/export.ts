import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { toCsv, toXlsx, type ExportColumn, type ExportFormat } from "@/lib/import-export/write-file";
import { toIsoDay } from "./dates";
import { exportTranslator, type ExportTranslate } from "./export-labels";
import { listAgreementsForExport, type AgreementExportRow } from "./list-queries";
import type { AgreementListFilter } from "./schemas";

/**
 * The filtered list as a spreadsheet. Headers and values are the ones the agreement import
 * recognises (codes for kinds, statuses and scopes; ISO dates), so an export can be edited and
 * imported elsewhere; each code column has a label column beside it for people.
 */
export const EXPORT_COLUMNS: readonly ExportColumn<AgreementExportRow>[] = [
  { header: "Reference number", value: (row) => row.referenceNumber, width: 22 },
  { header: "Title", value: (row) => row.title, width: 50 },
  { header: "Kind", value: (row) => row.kind, width: 26 },
  { header: "Status", value: (row) => row.status, width: 18 },
  { header: "Partners", value: (row) => row.partners.map((p) => p.partner.name).join("; "), width: 50 },
  { header: "Partner countries", value: (row) => [...new Set(row.partners.map((p) => p.partner.countryCode))].join("; "), width: 12 },
  { header: "Unit", value: (row) => row.unit.code, width: 12 },
  { header: "Responsible officer", value: (row) => row.responsible?.name ?? "", width: 24 },
  { header: "Scope", value: (row) => row.scope.join("; "), width: 40 },
  { header: "Signed on", value: (row) => toIsoDay(row.signedOn), width: 12 },
  { header: "Starts on", value: (row) => toIsoDay(row.startsOn), width: 12 },
  { header: "Ends on", value: (row) => toIsoDay(row.endsOn), width: 12 },
  { header: "Renewal", value: (row) => row.renewalType, width: 12 },
  { header: "Notice period (days)", value: (row) => row.noticePeriodDays, width: 10 },
  { header: "Cooperation conditions", value: (row) => row._count.conditions, width: 10 },
];

/**
 * The code columns people cannot read (DRAFT, ERASMUS_KA171), keyed by header, with the catalogue
 * section that names each code. Their label column follows them in the file.
 */
const LABELLED_COLUMNS: Record<string, { field: string; section: string; codes: (row: AgreementExportRow) => readonly string[] }> = {
  Kind: { field: "kind", section: "kinds", codes: (row) => [row.kind] },
  Status: { field: "status", section: "statuses", codes: (row) => [row.status] },
  Scope: { field: "scope", section: "scopes", codes: (row) => row.scope },
  Renewal: { field: "renewalType", section: "renewalTypes", codes: (row) => [row.renewalType] },
};

/**
 * The export's columns with a readable label column beside each code column, in the reader's
 * language ("Status": DRAFT, then "Status (label)": Draft). The code columns keep the import's
 * headers and values, and the import ignores the label columns, so a file still round-trips.
 */
export function agreementExportColumns(t: ExportTranslate, tFile: ExportTranslate): ExportColumn<AgreementExportRow>[] {
  return EXPORT_COLUMNS.flatMap((column) => {
    const labelled = LABELLED_COLUMNS[column.header];
    if (!labelled) return [column];
    const label: ExportColumn<AgreementExportRow> = {
      header: tFile("export.labelColumn", { column: t(`fields.${labelled.field}`) }),
      value: (row) => labelled.codes(row).map((code) => t(`${labelled.section}.${code}`)).join("; "),
      width: column.width,
    };
    return [column, label];
  });
}

export async function exportAgreements(
  user: SessionUser | null,
  filter: AgreementListFilter,
  format: ExportFormat,
): Promise<string | Uint8Array> {
  const [rows, { t }, { t: tFile }] = await Promise.all([listAgreementsForExport(user, filter), exportTranslator("agreements"), exportTranslator("importExport")]);
  const columns = agreementExportColumns(t, tFile);
  return format === "xlsx" ? toXlsx(columns, rows, "Agreements") : toCsv(columns, rows);
}
