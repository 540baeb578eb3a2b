import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { downloadResponse } from "@/lib/import-export/write-file";
import { exportInternationalStudents } from "@/lib/international-students/export";
import { internationalStudentFilterSchema } from "@/lib/international-students/schemas";

export const dynamic = "force-dynamic";

/** The staff list, with the page's filters, as CSV (`?format=csv`) or Excel (`?format=xlsx`); a coordinator gets their unit's. */
export const GET = routeHandler("international-students.export", async (request: Request) => {
  const user = await getCurrentUser();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const body = await exportInternationalStudents(user, internationalStudentFilterSchema.parse(params), format);
  return downloadResponse(body, format, `international-students-${new Date().toISOString().slice(0, 10)}`);
});
