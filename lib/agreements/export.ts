import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { toCsv, toXlsx, type ExportColumn, type ExportFormat } from "@/lib/import-export/write-file";
import { toIsoDay } from "./dates";
import { listAgreementsForExport, type AgreementExportRow } from "./list-queries";
import type { AgreementListFilter } from "./schemas";

/**
 * The filtered list as a spreadsheet. Headers and values are the ones the agreement import
 * recognises (codes for kinds, statuses and scopes; ISO dates), so an export can be edited and
 * imported elsewhere.
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

export async function exportAgreements(
  user: SessionUser | null,
  filter: AgreementListFilter,
  format: ExportFormat,
): Promise<string | Uint8Array> {
  const rows = await listAgreementsForExport(user, filter);
  return format === "xlsx" ? toXlsx(EXPORT_COLUMNS, rows, "Agreements") : toCsv(EXPORT_COLUMNS, rows);
}
