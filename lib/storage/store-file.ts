import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { TransactionClient } from "@/lib/db/client";
import { fileStorage } from "@/lib/storage/file-storage";

/** A file's name as the user sees it: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-200);
  return cleaned || "file";
}

/**
 * Writes the bytes to storage, then records the StoredFile row with the caller's transaction, so the
 * row commits or rolls back with the record it belongs to. (A rolled-back transaction can leave an
 * orphaned object in storage; it is unreachable and harmless.)
 */
export async function storeFile(
  tx: TransactionClient,
  file: { data: Uint8Array; fileName: string; mimeType: string; uploadedById: string | null },
) {
  const now = new Date();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
  await fileStorage().put(storageKey, file.data, file.mimeType);
  return tx.storedFile.create({
    data: {
      storageKey,
      fileName: cleanFileName(file.fileName),
      mimeType: file.mimeType,
      sizeBytes: file.data.byteLength,
      sha256: createHash("sha256").update(file.data).digest("hex"),
      uploadedById: file.uploadedById,
    },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
  });
}

/** The bytes of a stored file; callers must have checked the user's right to the owning record. */
export async function readStoredFile(storageKey: string): Promise<Uint8Array> {
  return fileStorage().get(storageKey);
}
