import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { storeFile } from "@/lib/storage/store-file";
import { checkUpload } from "@/lib/storage/upload-rules";
import { canReadStaffGrantCalls } from "./queries";

const UPLOAD_REFUSALS = {
  empty: "grantCalls.documents.errors.empty",
  "too-large": "grantCalls.documents.errors.tooLarge",
  "type-not-allowed": "grantCalls.documents.errors.type",
} as const;

/**
 * Adds a document (the call text, a guide, a budget template) to a call. Its real type is read
 * from its bytes; the file, its row and the audit entry are written in one transaction.
 */
export async function uploadGrantCallDocument(
  user: SessionUser | null,
  callId: string,
  input: { title: string },
  file: { bytes: Uint8Array; name: string },
): Promise<{ id: string }> {
  requirePermission(user, "grant-call:update");
  const maxBytes = Math.floor(env().UPLOAD_MAX_MB * 1024 * 1024);
  const check = await checkUpload(file.bytes, { maxBytes });
  if (!check.ok) throw fieldError("file", UPLOAD_REFUSALS[check.reason], { maxMb: env().UPLOAD_MAX_MB });
  return auditedWrite(user, async (tx, audit) => {
    const call = await tx.grantCall.findUnique({ where: { id: callId }, select: { id: true } });
    if (!call) throw new AppError("NOT_FOUND");
    const stored = await storeFile(tx, { data: file.bytes, fileName: file.name, mimeType: check.mimeType, uploadedById: user!.id });
    const document = await tx.grantCallDocument.create({ data: { callId, title: input.title, fileId: stored.id }, select: { id: true } });
    await audit({
      action: "grant-call.document.upload",
      entityType: "GrantCall",
      entityId: callId,
      after: { documentId: document.id, title: input.title, fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes },
    });
    return document;
  });
}

/** Removes a document and its file row (the bytes left in storage are unreachable). */
export async function removeGrantCallDocument(user: SessionUser | null, input: { callId: string; documentId: string }): Promise<{ id: string }> {
  requirePermission(user, "grant-call:update");
  return auditedWrite(user, async (tx, audit) => {
    const document = await tx.grantCallDocument.findFirst({
      where: { id: input.documentId, callId: input.callId },
      select: { id: true, title: true, fileId: true },
    });
    if (!document) throw new AppError("NOT_FOUND");
    await tx.grantCallDocument.delete({ where: { id: document.id } });
    await tx.storedFile.delete({ where: { id: document.fileId } });
    await audit({ action: "grant-call.document.remove", entityType: "GrantCall", entityId: input.callId, before: { documentId: document.id, title: document.title } });
    return { id: document.id };
  });
}

/**
 * The stored file of one document, if the user may read its call: staff any call, everyone else
 * only a public, published one (its public page lists the documents). Otherwise null: "not found".
 */
export async function findGrantCallDocumentForDownload(user: SessionUser | null, callId: string, documentId: string) {
  const callWhere = canReadStaffGrantCalls(user) ? scopeWhere(user, "grant-call:read") : { AND: [scopeWhere(null, "grant-call:read"), { status: "PUBLISHED" as const }] };
  return db.grantCallDocument.findFirst({
    where: { id: documentId, callId, call: callWhere },
    select: { file: { select: { storageKey: true, fileName: true, mimeType: true, sizeBytes: true } } },
  });
}
