import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";
import { pdfResponse } from "@/lib/pdf/download";
import { readStoredFile } from "@/lib/storage/store-file";
import { findVisitLetterFile } from "@/lib/visits/letters/queries";

export const dynamic = "force-dynamic";

/**
 * Downloads an invitation letter kept on a visit. Letters print passport data: only the office
 * (officers and admins) gets one; a coordinator is refused (403), a visitor asked to sign in (401),
 * and an unknown letter, or one of another visit, is 404.
 */
export const GET = routeHandler(
  "visits.letters.download",
  async (_request: Request, context: { params: Promise<{ id: string; letterId: string }> }) => {
    const user = await getCurrentUser();
    const { id, letterId } = await context.params;
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (!isUuid(id) || !isUuid(letterId)) throw new AppError("NOT_FOUND");
    const file = await findVisitLetterFile(user, id, letterId);
    if (!file) throw new AppError("NOT_FOUND");
    return pdfResponse(await readStoredFile(file.storageKey), file.fileName);
  },
);
