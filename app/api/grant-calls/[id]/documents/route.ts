import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError, HTTP_STATUS, type FieldErrors } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";
import { uploadGrantCallDocument } from "@/lib/grant-calls/documents";
import { grantCallDocumentUploadSchema } from "@/lib/grant-calls/schemas";
import { readFormData } from "@/lib/http/read-form";
import { requirePermission } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope and the title around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/** An AppError with its field errors and values, which the upload form shows next to its fields. */
function fieldErrorResponse(error: AppError): Response {
  return Response.json(
    { error: error.code, message: error.messageKey, values: error.values, fieldErrors: error.fieldErrors },
    { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * Adds a document to a grant call (officers). A route handler rather than a server action because
 * server actions cap bodies at 1 MB; the UPLOAD_MAX_MB limit holds while the body streams in (413
 * next to the file field, without reading further); an unreadable body is a 400.
 */
export const POST = routeHandler("grant-calls.documents.upload", async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  requirePermission(user, "grant-call:update");
  const { id } = await context.params;
  if (!isUuid(id)) throw new AppError("NOT_FOUND");

  const maxMb = env().UPLOAD_MAX_MB;
  let form: FormData;
  try {
    form = await readFormData(request, maxMb * 1024 * 1024 + ENVELOPE_BYTES);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "TOO_LARGE") {
      return fieldErrorResponse(new AppError("TOO_LARGE", { fieldErrors: { file: ["grantCalls.documents.errors.tooLarge"] }, values: { maxMb } }));
    }
    throw new AppError("BAD_REQUEST", { messageKey: "grantCalls.documents.errors.unreadable" });
  }
  const file = form.get("file");
  const parsed = grantCallDocumentUploadSchema.safeParse({ title: form.get("title") });
  const fieldErrors: FieldErrors = {};
  if (!(file instanceof File)) fieldErrors.file = ["grantCalls.documents.errors.missing"];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  }
  if (!parsed.success || !(file instanceof File)) return fieldErrorResponse(new AppError("VALIDATION", { fieldErrors }));

  try {
    const result = await uploadGrantCallDocument(user, id, parsed.data, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
    return Response.json({ ok: true, ...result }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors) return fieldErrorResponse(error);
    throw error;
  }
});
