import "server-only";
import { env } from "@/lib/env";
import { AppError, HTTP_STATUS, type FieldErrors } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/forms/fields";
import { readFormData } from "@/lib/http/read-form";
import { attachmentDisposition } from "@/lib/pdf/download";
import { readStoredFile } from "@/lib/storage/store-file";
import type { UploadedFile } from "./files";

/**
 * What the project file routes share: reading an upload within UPLOAD_MAX_MB while it streams in,
 * answering refusals with their field errors (the upload form shows them next to its fields), and
 * sending a stored file as a private attachment. Uploads are route handlers, not server actions,
 * because server actions cap bodies at 1 MB.
 */

/** Room for the multipart envelope and the text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/** Record ids from the path, checked before any query: a malformed one is "not found". */
export function pathIds(...ids: string[]): void {
  if (!ids.every(isUuid)) throw new AppError("NOT_FOUND");
}

/** An AppError with its field errors and values, which the upload form shows next to its fields. */
export function refusalResponse(error: AppError): Response {
  return Response.json(
    { error: error.code, message: error.messageKey, values: error.values, fieldErrors: error.fieldErrors },
    { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
  );
}

/** The form of an upload and its file; a missing file or a body over the limit is a refusal next to the file field. */
export async function readUpload(request: Request): Promise<{ form: FormData; file: UploadedFile } | { refusal: Response }> {
  const maxMb = env().UPLOAD_MAX_MB;
  let form: FormData;
  try {
    form = await readFormData(request, maxMb * 1024 * 1024 + ENVELOPE_BYTES);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "TOO_LARGE") {
      return { refusal: refusalResponse(new AppError("TOO_LARGE", { fieldErrors: { file: ["projects.files.errors.tooLarge"] }, values: { maxMb } })) };
    }
    throw new AppError("BAD_REQUEST", { messageKey: "projects.files.errors.unreadable" });
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    const fieldErrors: FieldErrors = { file: ["projects.files.errors.missing"] };
    return { refusal: refusalResponse(new AppError("VALIDATION", { fieldErrors })) };
  }
  return { form, file: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } };
}

/** Runs an upload's write, answering its field errors as JSON the form can place. */
export async function answerUpload(write: () => Promise<object>): Promise<Response> {
  try {
    return Response.json({ ok: true, ...(await write()) }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors) return refusalResponse(error);
    throw error;
  }
}

/** A stored file as a download: private, never cached, never rendered inline or sniffed. */
export async function storedFileResponse(file: { storageKey: string; fileName: string; mimeType: string } | null): Promise<Response> {
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
}

/** A read refused for lack of right reads as "not found": another unit's file is never confirmed to exist. */
export function asNotFound(error: unknown): never {
  if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("NOT_FOUND");
  throw error;
}
