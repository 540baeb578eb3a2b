import { getCurrentUser } from "@/lib/auth/current-user";
import { findDocumentVersionForDownload } from "@/lib/documents/queries";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";
import { readStoredFile } from "@/lib/storage/store-file";

export const dynamic = "force-dynamic";

/** RFC 6266 filename: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Downloads one version of an agreement document. Only users who may read the agreement get it
 * (coordinators: their unit's); everyone else gets 404 (or 401 when not signed in), so the
 * existence of another unit's document is not revealed. Always an attachment, never rendered inline.
 */
export const GET = routeHandler(
  "agreements.documents.download",
  async (_request: Request, context: { params: Promise<{ id: string; versionId: string }> }) => {
    const user = await getCurrentUser();
    const { id, versionId } = await context.params;
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (!isUuid(id) || !isUuid(versionId)) throw new AppError("NOT_FOUND");
    const found = await findDocumentVersionForDownload(user, id, versionId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("NOT_FOUND");
      throw error;
    });
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
