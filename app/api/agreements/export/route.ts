import { exportAgreements } from "@/lib/agreements/export";
import { agreementListFilterSchema } from "@/lib/agreements/schemas";
import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { downloadResponse } from "@/lib/import-export/write-file";

export const dynamic = "force-dynamic";

/** The staff list, with the same filters as the page, as CSV (`?format=csv`) or Excel (`?format=xlsx`). */
export const GET = routeHandler("agreements.export", async (request: Request) => {
  const user = await getCurrentUser();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const filter = agreementListFilterSchema.parse(params);
  const body = await exportAgreements(user, filter, format);
  return downloadResponse(body, format, `agreements-${new Date().toISOString().slice(0, 10)}`);
});
