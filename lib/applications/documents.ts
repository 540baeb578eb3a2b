import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logging/logger";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { fileStorage } from "@/lib/storage/file-storage";
import { readStoredFile, storeFile } from "@/lib/storage/store-file";
import { checkUpload } from "@/lib/storage/upload-rules";
import type { StudentDocument } from "./student-queries";
import { ensureDraft, openOpportunityOrThrow } from "./student-service";

/**
 * Documents of an application: uploaded by the student while the application is a draft (same rules
 * as agreement documents: type by content, size limit), served only to the student and to staff
 * allowed to review the application.
 */

export function uploadMaxBytes(): number {
  return Math.floor(env().UPLOAD_MAX_MB * 1024 * 1024);
}

const CHECK_MESSAGES = {
  empty: "applications.errors.fileEmpty",
  "too-large": "applications.errors.fileTooLarge",
  "type-not-allowed": "applications.errors.fileType",
} as const;

/**
 * Stores a document for one required-document slot of the student's draft (creating the draft if it
 * does not exist yet). A second upload for the same slot replaces the first.
 */
export async function uploadApplicationDocument(
  user: SessionUser,
  input: { opportunityId: string; requirementId: string; fileName: string; data: Uint8Array },
  now = new Date(),
): Promise<StudentDocument & { applicationId: string }> {
  requirePermission(user, "application:update", { ownerId: user.id });
  // Checked before anything is written: a refused file leaves no trace in storage or the database.
  const check = await checkUpload(input.data, { maxBytes: uploadMaxBytes() });
  if (!check.ok) {
    throw new AppError("VALIDATION", { messageKey: CHECK_MESSAGES[check.reason], fieldErrors: { file: [CHECK_MESSAGES[check.reason]] } });
  }
  const replaced: string[] = [];
  const result = await db.$transaction(async (tx) => {
    await openOpportunityOrThrow(tx, input.opportunityId, now);
    const requirement = await tx.requiredDocument.findFirst({
      where: { id: input.requirementId, opportunityId: input.opportunityId },
      select: { id: true },
    });
    if (!requirement) throw new AppError("NOT_FOUND");
    const draft = await ensureDraft(tx, user, input.opportunityId);
    const previous = await tx.applicationDocument.findMany({
      where: { applicationId: draft.id, requirementId: requirement.id },
      select: { id: true, file: { select: { id: true, storageKey: true } } },
    });
    if (previous.length > 0) {
      await tx.applicationDocument.deleteMany({ where: { id: { in: previous.map((p) => p.id) } } });
      await tx.storedFile.deleteMany({ where: { id: { in: previous.map((p) => p.file.id) } } });
      replaced.push(...previous.map((p) => p.file.storageKey));
    }
    const file = await storeFile(tx, { data: input.data, fileName: input.fileName, mimeType: check.mimeType, uploadedById: user.id });
    const document = await tx.applicationDocument.create({
      data: { applicationId: draft.id, requirementId: requirement.id, fileId: file.id },
      select: { id: true, createdAt: true },
    });
    // Touch the draft so "last saved" reflects the upload.
    await tx.application.update({ where: { id: draft.id }, data: { version: { increment: 1 } }, select: { id: true } });
    return {
      applicationId: draft.id,
      id: document.id,
      requirementId: requirement.id,
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
      mimeType: file.mimeType,
      uploadedAt: document.createdAt,
    };
  });
  await removeFromStorage(replaced);
  return result;
}

/** Removes a document from the student's own draft. */
export async function removeApplicationDocument(user: SessionUser, documentId: string): Promise<void> {
  requirePermission(user, "application:update", { ownerId: user.id });
  const storageKey = await db.$transaction(async (tx) => {
    const document = await tx.applicationDocument.findFirst({
      where: { id: documentId, application: { studentId: user.id } },
      select: { id: true, application: { select: { status: true } }, file: { select: { id: true, storageKey: true } } },
    });
    if (!document) throw new AppError("NOT_FOUND");
    if (document.application.status !== "DRAFT") throw new AppError("CONFLICT", { messageKey: "applications.errors.notDraft" });
    await tx.applicationDocument.delete({ where: { id: document.id } });
    await tx.storedFile.delete({ where: { id: document.file.id } });
    return document.file.storageKey;
  });
  await removeFromStorage([storageKey]);
}

async function removeFromStorage(keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    try {
      await fileStorage().remove(key);
    } catch (error) {
      // The row is gone, so the object is unreachable; a leftover only costs disk space.
      logger.warn({ err: error, key }, "could not remove a replaced application document from storage");
    }
  }
}

/**
 * A document's bytes for download, when the user is the applicant or staff allowed to review the
 * application (coordinators: their unit's students), once it has been submitted: a draft is the
 * student's own until then, and the staff pages do not show drafts either. Anyone else gets
 * NOT_FOUND, never a hint.
 */
export async function readApplicationDocument(user: SessionUser | null, documentId: string) {
  if (!user) throw new AppError("UNAUTHENTICATED");
  const reviewable = { AND: [scopeWhere(user, "application:review"), { status: { not: "DRAFT" as const } }] };
  const document = await db.applicationDocument.findFirst({
    where: { id: documentId, application: { OR: [{ studentId: user.id }, reviewable] } },
    select: { file: { select: { fileName: true, mimeType: true, storageKey: true } } },
  });
  if (!document) throw new AppError("NOT_FOUND");
  const data = await readStoredFile(document.file.storageKey);
  return { data, fileName: document.file.fileName, mimeType: document.file.mimeType };
}
