import { isLocale } from "@/i18n/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";
import { pdfResponse } from "@/lib/pdf/download";
import { printVisitAgenda } from "@/lib/visits/letters/agenda-service";

export const dynamic = "force-dynamic";

/**
 * A visit's printable agenda as PDF: `?lang=en|az|ru`, by default the guests' language. Anyone who
 * may read the visit gets it (coordinators: their unit's visits); it holds no personal data. A
 * visit out of reach answers 404, as if it did not exist.
 */
export const GET = routeHandler("visits.agenda.pdf", async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  const { id } = await context.params;
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const requested = new URL(request.url).searchParams.get("lang");
  if (requested !== null && !isLocale(requested)) throw new AppError("BAD_REQUEST");
  const printed = await printVisitAgenda(user, id, requested);
  if (!printed) throw new AppError("NOT_FOUND");
  return pdfResponse(printed.pdf, printed.fileName);
});
