import { fileTypeFromBuffer } from "file-type";

/** Document types the office accepts, recognised by their content (magic bytes), not by their name. */
export const DOCUMENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
} as const;

export type DocumentExtension = keyof typeof DOCUMENT_TYPES;

export type UploadCheck =
  | { ok: true; mimeType: string; extension: DocumentExtension }
  | { ok: false; reason: "empty" | "too-large" | "type-not-allowed"; maxBytes: number };

/**
 * Checks an upload's size and real type. A renamed executable called `scan.pdf` is refused because its
 * bytes are not a PDF's; the name's extension plays no part in the decision.
 */
export async function checkUpload(
  data: Uint8Array,
  { maxBytes, allowed = Object.keys(DOCUMENT_TYPES) as DocumentExtension[] }: { maxBytes: number; allowed?: DocumentExtension[] },
): Promise<UploadCheck> {
  if (data.byteLength === 0) return { ok: false, reason: "empty", maxBytes };
  if (data.byteLength > maxBytes) return { ok: false, reason: "too-large", maxBytes };
  const detected = await fileTypeFromBuffer(data);
  const extension = detected?.ext as DocumentExtension | undefined;
  if (!extension || !allowed.includes(extension)) return { ok: false, reason: "type-not-allowed", maxBytes };
  return { ok: true, mimeType: DOCUMENT_TYPES[extension], extension };
}
