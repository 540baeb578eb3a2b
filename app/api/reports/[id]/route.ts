import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";
import { requirePermission } from "@/lib/permissions";
import { getReportProgress } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

/**
 * How far a report got, which the reports page polls while it is being made: `{ status, progress }`.
 * The office only (officers and admins); a coordinator is refused (403), a visitor asked to sign in
 * (401), an unknown report is 404.
 */
export const GET = routeHandler("reports.progress", async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  requirePermission(user, "report:export");
  const { id } = await context.params;
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const report = await getReportProgress(user, id);
  if (!report) throw new AppError("NOT_FOUND");
  return Response.json({ status: report.status, progress: report.progress }, { headers: { "Cache-Control": "private, no-store" } });
});
