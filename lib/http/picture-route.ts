import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { readFormData } from "@/lib/http/read-form";

/**
 * The two halves every record picture route (centers, events, news) shares: answering a picture, and
 * reading an uploaded one. Who may see or change which picture stays in each route and its service.
 */

export interface StoredPicture {
  data: Uint8Array;
  mimeType: string;
  /** Public pictures may be cached by anyone; the others only by no one. */
  isPublic: boolean;
}

/** The picture as its own response: never sniffed as another type, never run as a document. */
export function pictureResponse(picture: StoredPicture): Response {
  return new Response(picture.data as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": picture.mimeType,
      "Content-Length": String(picture.data.byteLength),
      // Pages link the picture with a version parameter, so a new picture gets a new address.
      "Cache-Control": picture.isPublic ? "public, max-age=86400" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/**
 * The multipart field `picture` of an upload (server actions cap bodies at 1 MB, so pictures come
 * here). The body is read with a byte cap while it streams in: over UPLOAD_MAX_MB is a 413 with
 * `<messages>.tooLarge`, unreadable a 400, no file a field message `<messages>.empty`.
 */
export async function readPictureUpload(request: Request, messages: "centers.picture" | "events.picture" | "news.picture"): Promise<{ data: Uint8Array; fileName: string }> {
  const maxMb = env().UPLOAD_MAX_MB;
  // 64 KB of room for the multipart envelope around the picture.
  const form = await readFormData(request, maxMb * 1024 * 1024 + 64 * 1024).catch((error: unknown) => {
    const tooLarge = error instanceof AppError && error.code === "TOO_LARGE";
    throw tooLarge ? new AppError("TOO_LARGE", { messageKey: `${messages}.tooLarge`, values: { maxMb } }) : error;
  });
  const file = form.get("picture");
  if (!(file instanceof File)) throw new AppError("VALIDATION", { messageKey: `${messages}.empty` });
  return { data: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}
