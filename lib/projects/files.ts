import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { storeFile } from "@/lib/storage/store-file";
import { checkUpload } from "@/lib/storage/upload-rules";
import { loadProjectForWrite, requireStaffProjectRead, staffProjectScope } from "./access";
import type { ProjectDocumentUploadInput } from "./document-schemas";

/**
 * A project's files: its documents (grant agreement, reports, deliverables) with numbered
 * versions, each deliverable's file and each expense's receipt. They go through the document
 * storage (the real type read from the bytes) and are seen by the office and the project's unit
 * only: another unit's coordinator never (their request reads as "not found").
 */

const UPLOAD_REFUSALS = {
  empty: "projects.files.errors.empty",
  "too-large": "projects.files.errors.tooLarge",
  "type-not-allowed": "projects.files.errors.type",
} as const;

export interface UploadedFile {
  bytes: Uint8Array;
  name: string;
}

async function checkedUpload(file: UploadedFile) {
  const maxMb = env().UPLOAD_MAX_MB;
  const check = await checkUpload(file.bytes, { maxBytes: Math.floor(maxMb * 1024 * 1024) });
  if (!check.ok) throw fieldError("file", UPLOAD_REFUSALS[check.reason], { maxMb });
  return check.mimeType;
}

/** Adds a document (version 1) or the next version of one the project already has. */
export async function uploadProjectDocument(
  user: SessionUser | null,
  projectId: string,
  input: ProjectDocumentUploadInput,
  file: UploadedFile,
): Promise<{ documentId: string; versionId: string; version: number }> {
  requireStaffProjectRead(user);
  const mimeType = await checkedUpload(file);
  return auditedWrite(user, async (tx, audit) => {
    await loadProjectForWrite(tx, user, projectId);
    let documentId = input.documentId;
    let version = 1;
    if (documentId) {
      // Locks the document so two uploads at once become versions n+1 and n+2, not the same number.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "ProjectDocument" WHERE "id" = ${documentId}::uuid AND "projectId" = ${projectId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw fieldError("documentId", "common.form.errors.invalidOption");
      const latest = await tx.projectDocumentVersion.aggregate({ where: { documentId }, _max: { version: true } });
      version = (latest._max.version ?? 0) + 1;
    } else {
      documentId = (await tx.projectDocument.create({ data: { projectId, title: input.title, kind: input.kind }, select: { id: true } })).id;
    }
    const stored = await storeFile(tx, { data: file.bytes, fileName: file.name, mimeType, uploadedById: user.id });
    const row = await tx.projectDocumentVersion.create({ data: { documentId, version, fileId: stored.id, uploadedById: user.id }, select: { id: true } });
    await audit({
      action: "project.document.upload",
      entityType: "Project",
      entityId: projectId,
      after: { documentId, version, title: input.title, kind: input.kind, fileName: stored.fileName, sizeBytes: stored.sizeBytes },
    });
    return { documentId, versionId: row.id, version };
  });
}

/** Sets (or replaces) the file of a deliverable; the previous file stays in storage, unlinked. */
export async function attachDeliverableFile(user: SessionUser | null, projectId: string, deliverableId: string, file: UploadedFile): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const mimeType = await checkedUpload(file);
  return auditedWrite(user, async (tx, audit) => {
    await loadProjectForWrite(tx, user, projectId);
    const deliverable = await tx.deliverable.findFirst({ where: { id: deliverableId, projectId }, select: { id: true, code: true, fileId: true } });
    if (!deliverable) throw new AppError("NOT_FOUND");
    const stored = await storeFile(tx, { data: file.bytes, fileName: file.name, mimeType, uploadedById: user.id });
    await tx.deliverable.update({ where: { id: deliverableId }, data: { fileId: stored.id, version: { increment: 1 } } });
    await audit({
      action: "project.deliverable.file",
      entityType: "Project",
      entityId: projectId,
      before: { deliverable: deliverable.code, fileId: deliverable.fileId },
      after: { deliverable: deliverable.code, fileId: stored.id, fileName: stored.fileName },
    });
    return { id: deliverableId };
  });
}

/** Sets (or replaces) the receipt of an expense. */
export async function attachExpenseReceipt(user: SessionUser | null, projectId: string, expenseId: string, file: UploadedFile): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const mimeType = await checkedUpload(file);
  return auditedWrite(user, async (tx, audit) => {
    await loadProjectForWrite(tx, user, projectId);
    const expense = await tx.expense.findFirst({ where: { id: expenseId, projectId }, select: { id: true, receiptFileId: true, description: true } });
    if (!expense) throw new AppError("NOT_FOUND");
    const stored = await storeFile(tx, { data: file.bytes, fileName: file.name, mimeType, uploadedById: user.id });
    await tx.expense.update({ where: { id: expenseId }, data: { receiptFileId: stored.id } });
    await audit({
      action: "project.expense.receipt",
      entityType: "Project",
      entityId: projectId,
      before: { expense: expense.description, receiptFileId: expense.receiptFileId },
      after: { expense: expense.description, receiptFileId: stored.id, fileName: stored.fileName },
    });
    return { id: expenseId };
  });
}

const fileSelect = { storageKey: true, fileName: true, mimeType: true, sizeBytes: true } as const;

/** Who may download: whoever may read the project's staff record (the scope is in the query). */
function readableProject(user: SessionUser | null, projectId: string) {
  requireStaffProjectRead(user);
  return { AND: [staffProjectScope(user), { id: projectId }] };
}

export async function findProjectDocumentVersion(user: SessionUser | null, projectId: string, versionId: string) {
  const project = readableProject(user, projectId);
  const row = await db.projectDocumentVersion.findFirst({ where: { id: versionId, document: { project } }, select: { file: { select: fileSelect } } });
  return row?.file ?? null;
}

export async function findDeliverableFile(user: SessionUser | null, projectId: string, deliverableId: string) {
  const project = readableProject(user, projectId);
  const row = await db.deliverable.findFirst({ where: { id: deliverableId, project }, select: { file: { select: fileSelect } } });
  return row?.file ?? null;
}

export async function findExpenseReceipt(user: SessionUser | null, projectId: string, expenseId: string) {
  const project = readableProject(user, projectId);
  const row = await db.expense.findFirst({ where: { id: expenseId, project }, select: { receipt: { select: fileSelect } } });
  return row?.receipt ?? null;
}
