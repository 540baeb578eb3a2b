import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/load-messages";
import { getRequestLocale } from "@/lib/auth/request-context";
import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { EXPORT_COLUMNS, exportMobility, type ExportColumn, type ExportFormat } from "@/lib/mobility/export";
import { listMobilityRecordsForExport } from "@/lib/mobility/queries";
import { mobilityFilterSchema } from "@/lib/mobility/schemas";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The filtered mobility list as CSV or Excel, limited to what the user may read. */
export const GET = routeHandler("mobility.export", async (request: Request) => {
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams.entries());
  // Authorization first (inside the query): visitors and students are refused before anything else.
  const rows = await listMobilityRecordsForExport(await getCurrentUser(), mobilityFilterSchema.parse(params));
  const format: ExportFormat = params.format === "xlsx" ? "xlsx" : "csv";
  const locale = await getRequestLocale();
  const t = createTranslator({ locale, messages: await loadMessages(locale, ["mobility"]), namespace: "mobility" });
  const body = await exportMobility(rows, format, {
    columns: Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, t(`columns.${column}`)])) as Record<ExportColumn, string>,
    value: (kind, value) => t(`${kind}.${value}` as "status.PLANNED"),
    sheetName: t("export.sheetName"),
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(Buffer.from(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="mobility-${stamp}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
