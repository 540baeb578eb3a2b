import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import type { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { toCsv, toXlsx, type ExportColumn, type ExportFormat } from "@/lib/import-export/write-file";
import { requirePermission } from "@/lib/permissions";
import { hasText, inTextMode, partnerWhere, type TextMode } from "./partner-sql";
import { staffSqlFilter } from "./queries";
import type { StaffPartnerFilter } from "./schemas";

/** A safety cap: an export is a list, not a database dump. */
export const EXPORT_MAX_ROWS = 50_000;

export interface PartnerExportRow {
  name: string;
  kind: PartnerKind;
  countryCode: string;
  city: string | null;
  website: string | null;
  erasmusCode: string | null;
  schacCode: string | null;
  pic: string | null;
  status: PartnerStatus;
  isPublic: boolean;
  areas: string[];
  description: string;
  internalNotes: string;
  archivedAt: Date | null;
  updatedAt: Date;
}

/**
 * Column headers match the import's field names, so an exported file can be edited and imported
 * into another installation without re-mapping.
 */
export const PARTNER_EXPORT_COLUMNS: readonly ExportColumn<PartnerExportRow>[] = [
  { header: "name", value: (row) => row.name, width: 40 },
  { header: "kind", value: (row) => row.kind, width: 18 },
  { header: "country", value: (row) => row.countryCode, width: 8 },
  { header: "city", value: (row) => row.city },
  { header: "website", value: (row) => row.website, width: 30 },
  { header: "erasmusCode", value: (row) => row.erasmusCode, width: 14 },
  { header: "schacCode", value: (row) => row.schacCode },
  { header: "pic", value: (row) => row.pic, width: 12 },
  { header: "status", value: (row) => row.status, width: 10 },
  { header: "public", value: (row) => (row.isPublic ? "yes" : "no"), width: 8 },
  { header: "areas", value: (row) => row.areas.join("; "), width: 30 },
  { header: "description", value: (row) => row.description, width: 60 },
  { header: "internalNotes", value: (row) => row.internalNotes, width: 40 },
  { header: "archivedAt", value: (row) => row.archivedAt?.toISOString().slice(0, 10) ?? "", width: 12 },
  { header: "updatedAt", value: (row) => row.updatedAt.toISOString().slice(0, 10), width: 12 },
];

/** Every partner matching the staff list's filters (not only the current page), in the list's name order. */
export async function listPartnersForExport(
  user: SessionUser | null,
  filter: Omit<StaffPartnerFilter, "page" | "sort" | "dir">,
): Promise<PartnerExportRow[]> {
  requirePermission(user, "partner:read");
  const run = (mode: TextMode) =>
    inTextMode(filter, (client) => client.$queryRaw<PartnerExportRow[]>`
      SELECT "name", "kind", "countryCode", "city", "website", "erasmusCode", "schacCode", "pic", "status", "isPublic",
        "areas", "description", "internalNotes", "archivedAt", "updatedAt"
      FROM "Partner"
      WHERE ${partnerWhere(staffSqlFilter(filter), { mode })}
      ORDER BY lower("name"), "id"
      LIMIT ${EXPORT_MAX_ROWS}`);
  // The same two-step text search as the list, so the file holds what the list showed.
  const rows = await run("words");
  return rows.length === 0 && hasText(filter) ? run("fuzzy") : rows;
}

export async function exportPartners(
  user: SessionUser | null,
  filter: Omit<StaffPartnerFilter, "page" | "sort" | "dir">,
  format: ExportFormat,
): Promise<string | Uint8Array> {
  const rows = await listPartnersForExport(user, filter);
  return format === "csv" ? toCsv(PARTNER_EXPORT_COLUMNS, rows) : toXlsx(PARTNER_EXPORT_COLUMNS, rows, "Partners");
}
