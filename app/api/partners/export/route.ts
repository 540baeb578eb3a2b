import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { downloadResponse } from "@/lib/import-export/write-file";
import { searchParamsRecord } from "@/lib/import-export/public-feed";
import { exportPartners } from "@/lib/partners/export";
import { staffPartnerFilterSchema } from "@/lib/partners/schemas";
import { requirePermission } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/**
 * The staff partner list as a file: `?format=csv|xlsx` plus the list's own filters (q, kind,
 * country, region, status, area, archived), so the download is exactly what the list shows,
 * every page of it. Staff only.
 */
export const GET = routeHandler("partners.export", async (request: Request) => {
  const user = await getCurrentUser();
  requirePermission(user, "partner:read");
  const url = new URL(request.url);
  const params = searchParamsRecord(url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const { page: _page, sort: _sort, dir: _dir, ...filter } = staffPartnerFilterSchema.parse(params);
  const body = await exportPartners(user, filter, format);
  const stamp = new Date().toISOString().slice(0, 10);
  return downloadResponse(body, format, `partners-${stamp}`);
});
