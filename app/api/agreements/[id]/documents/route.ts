import { requireSomeScope } from "@/lib/agreements/access";
import { getCurrentUser } from "@/lib/auth/current-user";
import { documentUploadSchema } from "@/lib/documents/schemas";
import { uploadAgreementDocument } from "@/lib/documents/service";
import { env } from "@/lib/env";
import { AppError, HTTP_STATUS, type FieldErrors } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope and the text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

function validationResponse(error: AppError): Response {
  return Response.json(
    { error: error.code, message: error.messageKey, values: error.values, fieldErrors: error.fieldErrors },
    { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * Uploads a document (or a new version of one) to an agreement. A route handler rather than a
 * server action because server actions cap request bodies at 1 MB; the size limit here is
 * UPLOAD_MAX_MB, refused from the Content-Length before the body is read when possible.
 */
export const POST = routeHandler("agreements.documents.upload", async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  requireSomeScope(user, "document:create");
  const { id } = await context.params;
  if (!isUuid(id)) throw new AppError("NOT_FOUND");

  const maxMb = env().UPLOAD_MAX_MB;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxMb * 1024 * 1024 + ENVELOPE_BYTES) {
    return validationResponse(
      new AppError("VALIDATION", { fieldErrors: { file: ["agreements.documents.errors.tooLarge"] }, values: { maxMb } }),
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("VALIDATION", { messageKey: "agreements.documents.errors.unreadable" });
  }
  const file = form.get("file");
  const parsed = documentUploadSchema.safeParse({ title: form.get("title"), kind: form.get("kind"), documentId: form.get("documentId") ?? undefined });
  const fieldErrors: FieldErrors = {};
  if (!(file instanceof File)) fieldErrors.file = ["agreements.documents.errors.missing"];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  }
  if (!parsed.success || !(file instanceof File)) return validationResponse(new AppError("VALIDATION", { fieldErrors }));

  try {
    const result = await uploadAgreementDocument(user, id, parsed.data, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
    return Response.json({ ok: true, ...result }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors) return validationResponse(error);
    throw error;
  }
});
