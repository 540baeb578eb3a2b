import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { uploadApplicationDocument, uploadMaxBytes } from "@/lib/applications/documents";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { recordId } from "@/lib/forms/fields";
import { readFormData } from "@/lib/http/read-form";
import { requirePermission } from "@/lib/permissions";

const fieldsSchema = z.strictObject({ opportunityId: recordId, requirementId: recordId });

// Multipart overhead allowed on top of the file itself.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Uploads a document into the signed-in student's draft (a route handler, not a server action, so
 * files up to UPLOAD_MAX_MB pass without raising the server-action body limit for every action).
 * The body is read with a byte cap while it streams in: a larger one is refused with 413 (in the
 * upload's own words) without being read further; an unreadable one with 400.
 */
export const POST = routeHandler("applications.documents.upload", async (request: Request) => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  // Before the body is read: a caller who may not upload costs no upload parsing.
  requirePermission(user, "application:update", { ownerId: user.id });
  const form = await readFormData(request, uploadMaxBytes() + ENVELOPE_BYTES).catch((error: unknown) => {
    const tooLarge = error instanceof AppError && error.code === "TOO_LARGE";
    throw tooLarge ? new AppError("TOO_LARGE", { messageKey: "applications.errors.fileTooLarge" }) : error;
  });
  const file = form.get("file");
  const fields = fieldsSchema.safeParse({ opportunityId: form.get("opportunityId"), requirementId: form.get("requirementId") });
  if (!fields.success || !(file instanceof File)) throw new AppError("VALIDATION");
  const document = await uploadApplicationDocument(user, {
    ...fields.data,
    fileName: file.name,
    data: new Uint8Array(await file.arrayBuffer()),
  });
  return Response.json(document, { status: 201, headers: { "Cache-Control": "no-store" } });
});
