import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";
import { requirePermission } from "@/lib/permissions";
import { attachmentDisposition } from "@/lib/pdf/download";
import { findReportFile } from "@/lib/reports/queries";
import { readStoredFile } from "@/lib/storage/store-file";

export const dynamic = "force-dynamic";

const FORMATS = new Set(["pdf", "xlsx"]);

/**
 * Downloads a report's PDF (`/api/reports/<id>/pdf`) or workbook (`/api/reports/<id>/xlsx`) again.
 * The office only (officers and admins): a coordinator is refused (403), a visitor asked to sign in
 * (401), and an unknown report, one not made yet or another format is 404.
 */
export const GET = routeHandler("reports.download", async (_request: Request, context: { params: Promise<{ id: string; format: string }> }) => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  requirePermission(user, "report:export");
  const { id, format } = await context.params;
  if (!isUuid(id) || !FORMATS.has(format)) throw new AppError("NOT_FOUND");
  const file = await findReportFile(user, id, format as "pdf" | "xlsx");
  if (!file) throw new AppError("NOT_FOUND");
  const bytes = await readStoredFile(file.storageKey);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
