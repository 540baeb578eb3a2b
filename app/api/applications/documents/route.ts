import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { uploadApplicationDocument, uploadMaxBytes } from "@/lib/applications/documents";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { recordId } from "@/lib/forms/fields";

const fieldsSchema = z.strictObject({ opportunityId: recordId, requirementId: recordId });

// Multipart overhead allowed on top of the file itself before the body is even read.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Uploads a document into the signed-in student's draft (a route handler, not a server action, so
 * files up to UPLOAD_MAX_MB pass without raising the server-action body limit for every action).
 */
export const POST = routeHandler("applications.documents.upload", async (request: Request) => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > uploadMaxBytes() + ENVELOPE_BYTES) throw new AppError("VALIDATION", { messageKey: "applications.errors.fileTooLarge" });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("VALIDATION");
  }
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
