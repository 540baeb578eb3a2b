import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { downloadResponse } from "@/lib/import-export/write-file";
import { exportVisits } from "@/lib/visits/export";
import { visitListFilterSchema } from "@/lib/visits/schemas";

export const dynamic = "force-dynamic";

/**
 * The staff list, with the page's filters, as CSV (`?format=csv`) or Excel (`?format=xlsx`).
 * `personalData=1` adds the guests' personal data: only for the office, refused (403) to others.
 */
export const GET = routeHandler("visits.export", async (request: Request) => {
  const user = await getCurrentUser();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const includePersonalData = params.personalData === "1";
  const body = await exportVisits(user, visitListFilterSchema.parse(params), { format, includePersonalData });
  return downloadResponse(body, format, `visits-${new Date().toISOString().slice(0, 10)}`);
});
