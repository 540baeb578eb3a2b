import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import type { Partner } from "@/lib/generated/prisma/client";
import { toCsv, toXlsx, type CellValue, type ExportColumn, type ExportFormat } from "@/lib/import-export/write-file";
import { exportTranslator, type ExportTranslate } from "@/lib/agreements/export-labels";
import type { AppLocale } from "@/i18n/config";
import { requirePermission } from "@/lib/permissions";
import { otherLanguages, textInLanguage } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { countryName } from "./country-names";
import { PARTNER_FIELD_KEYS, partnerField, translationColumnHeader, type PartnerFieldKey, type PartnerTranslatableKey } from "./partner-fields";
import { hasText, inTextMode, partnerColumns, partnerWhere, type TextMode } from "./partner-sql";
import { staffSqlFilter } from "./queries";
import type { StaffPartnerFilter } from "./schemas";

/** A safety cap: an export is a list, not a database dump. */
export const EXPORT_MAX_ROWS = 50_000;

const EXPORT_KEYS = [...PARTNER_FIELD_KEYS, "translations", "archivedAt", "updatedAt"] as const;

export type PartnerExportRow = Pick<Partner, PartnerFieldKey | "translations" | "archivedAt" | "updatedAt">;

/** A cell as people read it in a spreadsheet: yes/no, areas separated by "; ", dates as days. */
function cell(value: PartnerExportRow[Exclude<keyof PartnerExportRow, "translations">]): CellValue {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.join("; ");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/**
 * The partner's editable fields (partner-fields.ts) in their order, a translatable field followed
 * by one column per other language ("description", "description (az)", "description (ru)"; the
 * plain column is the default language's), then the archive and update days. Headers are the
 * import's column names, so an exported file can be edited and imported into another installation
 * without re-mapping.
 */
export function partnerFileColumns(defaultLanguage: AppLocale): ExportColumn<PartnerExportRow>[] {
  return [
    ...PARTNER_FIELD_KEYS.flatMap((key): ExportColumn<PartnerExportRow>[] => {
      const { column, width, translatable } = partnerField(key);
      const plain: ExportColumn<PartnerExportRow> = { header: column, value: (row) => cell(row[key]), width };
      if (!translatable) return [plain];
      const field = key as PartnerTranslatableKey;
      return [
        plain,
        ...otherLanguages(defaultLanguage).map((language) => ({
          header: translationColumnHeader(column, language),
          value: (row: PartnerExportRow) => textInLanguage(row, field, language, defaultLanguage),
          width,
        })),
      ];
    }),
    { header: "archivedAt", value: (row) => cell(row.archivedAt) ?? "", width: 12 },
    { header: "updatedAt", value: (row) => cell(row.updatedAt), width: 12 },
  ];
}

/** The code columns people cannot read (UNIVERSITY, DE, student-exchange), keyed by header: the field and how to name the row's codes. */
const LABELLED_COLUMNS: Record<string, { field: PartnerFieldKey; labels: (row: PartnerExportRow, t: ExportTranslate, locale: string) => string }> = {
  kind: { field: "kind", labels: (row, t) => t(`kinds.${row.kind}`) },
  country: { field: "countryCode", labels: (row, _t, locale) => countryName(row.countryCode, locale) },
  status: { field: "status", labels: (row, t) => t(`statuses.${row.status}`) },
  areas: { field: "areas", labels: (row, t) => row.areas.map((area) => t(`areas.${area}`)).join("; ") },
};

/**
 * The export's columns with a readable label column beside each code column, in the reader's
 * language ("kind": UNIVERSITY, then "Kind (label)": University). The code columns keep the
 * import's headers and values, and the import ignores the label columns, so a file still round-trips.
 */
export function partnerExportColumns(
  t: ExportTranslate,
  tFile: ExportTranslate,
  locale: string,
  defaultLanguage: AppLocale,
): ExportColumn<PartnerExportRow>[] {
  return partnerFileColumns(defaultLanguage).flatMap((column) => {
    const labelled = LABELLED_COLUMNS[column.header];
    if (!labelled) return [column];
    const label: ExportColumn<PartnerExportRow> = {
      header: tFile("export.labelColumn", { column: t(`fields.${labelled.field}`) }),
      value: (row) => labelled.labels(row, t, locale),
      width: column.width,
    };
    return [column, label];
  });
}

/** Every partner matching the staff list's filters (not only the current page), in the list's name order. */
export async function listPartnersForExport(
  user: SessionUser | null,
  filter: Omit<StaffPartnerFilter, "page" | "sort" | "dir">,
): Promise<PartnerExportRow[]> {
  requirePermission(user, "partner:read");
  const run = (mode: TextMode) =>
    inTextMode(filter, (client) => client.$queryRaw<PartnerExportRow[]>`
      SELECT ${partnerColumns(EXPORT_KEYS)}
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
  const [rows, { t, locale }, { t: tFile }, defaultLanguage] = await Promise.all([
    listPartnersForExport(user, filter),
    exportTranslator("partners"),
    exportTranslator("importExport"),
    getDefaultContentLanguage(),
  ]);
  const columns = partnerExportColumns(t, tFile, locale, defaultLanguage);
  return format === "csv" ? toCsv(columns, rows) : toXlsx(columns, rows, "Partners");
}
