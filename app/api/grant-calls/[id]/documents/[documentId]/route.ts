import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";
import { findGrantCallDocumentForDownload } from "@/lib/grant-calls/documents";
import { readStoredFile } from "@/lib/storage/store-file";

export const dynamic = "force-dynamic";

/** RFC 6266 filename: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Public on purpose for public calls: downloads one document of a grant call. Staff get any call's;
 * everyone else only the documents of a public, published call (its public page lists them). Any
 * other document answers 404, so a draft's or staff-only call's documents are not revealed. Always
 * an attachment, never rendered inline.
 */
export const GET = routeHandler(
  "grant-calls.documents.download",
  async (_request: Request, context: { params: Promise<{ id: string; documentId: string }> }) => {
    const { id, documentId } = await context.params;
    if (!isUuid(id) || !isUuid(documentId)) throw new AppError("NOT_FOUND");
    const found = await findGrantCallDocumentForDownload(await getCurrentUser(), id, documentId);
    if (!found) throw new AppError("NOT_FOUND");
    const bytes = await readStoredFile(found.file.storageKey);
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": found.file.mimeType,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": contentDisposition(found.file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
