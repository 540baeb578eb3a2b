import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { storeFile } from "@/lib/storage/store-file";
import { checkUpload } from "@/lib/storage/upload-rules";
import type { DocumentUploadInput } from "./schemas";

const UPLOAD_REFUSALS = {
  empty: "agreements.documents.errors.empty",
  "too-large": "agreements.documents.errors.tooLarge",
  "type-not-allowed": "agreements.documents.errors.type",
} as const;

/**
 * Adds a signed scan or a draft to an agreement: a new document (version 1) or the next numbered
 * version of one it already has. The file's real type is read from its bytes; the file, its
 * version row and the audit entry are written in one transaction.
 */
export async function uploadAgreementDocument(
  user: SessionUser | null,
  agreementId: string,
  input: DocumentUploadInput,
  file: { bytes: Uint8Array; name: string },
): Promise<{ documentId: string; versionId: string; version: number }> {
  requireSomeScope(user, "document:create");
  const agreement = await db.agreement.findFirst({
    where: { AND: [{ id: agreementId }, scopeWhere(user, "agreement:read")] },
    select: { id: true, unitId: true },
  });
  if (!agreement) throw new AppError("NOT_FOUND");
  requirePermission(user, "document:create", { unitId: agreement.unitId });

  const maxBytes = Math.floor(env().UPLOAD_MAX_MB * 1024 * 1024);
  const check = await checkUpload(file.bytes, { maxBytes });
  if (!check.ok) throw fieldError("file", UPLOAD_REFUSALS[check.reason], { maxMb: env().UPLOAD_MAX_MB });

  return auditedWrite(user, async (tx, audit) => {
    let documentId = input.documentId;
    let version = 1;
    if (documentId) {
      // Locks the document so two uploads at once get versions n+1 and n+2, not the same number.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "AgreementDocument" WHERE "id" = ${documentId}::uuid AND "agreementId" = ${agreementId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw fieldError("documentId", "common.form.errors.invalidOption");
      const latest = await tx.agreementDocumentVersion.aggregate({ where: { documentId }, _max: { version: true } });
      version = (latest._max.version ?? 0) + 1;
    } else {
      const created = await tx.agreementDocument.create({
        data: { agreementId, title: input.title, kind: input.kind },
        select: { id: true },
      });
      documentId = created.id;
    }
    const stored = await storeFile(tx, { data: file.bytes, fileName: file.name, mimeType: check.mimeType, uploadedById: user!.id });
    const row = await tx.agreementDocumentVersion.create({
      data: { documentId, version, fileId: stored.id },
      select: { id: true },
    });
    await audit({
      action: "agreement.document.upload",
      entityType: "Agreement",
      entityId: agreementId,
      after: { documentId, version, title: input.title, kind: input.kind, fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes },
    });
    return { documentId, versionId: row.id, version };
  });
}
