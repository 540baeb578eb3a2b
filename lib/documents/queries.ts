import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { scopeWhere } from "@/lib/permissions";

/** An agreement's documents and every uploaded version, newest version first. */
export async function listAgreementDocuments(user: SessionUser | null, agreementId: string) {
  requireSomeScope(user, "document:read");
  return db.agreementDocument.findMany({
    where: { AND: [{ agreementId }, scopeWhere(user, "document:read")] },
    select: {
      id: true,
      title: true,
      kind: true,
      versions: {
        select: {
          id: true,
          version: true,
          createdAt: true,
          file: { select: { fileName: true, mimeType: true, sizeBytes: true, uploadedBy: { select: { name: true } } } },
        },
        orderBy: { version: "desc" },
      },
    },
    orderBy: { createdAt: "asc" },
  });
}

export type AgreementDocumentRow = Awaited<ReturnType<typeof listAgreementDocuments>>[number];

/**
 * The stored file behind one document version, if the user may read the agreement it belongs to
 * (the scope is in the query: another unit's document is "not found", never "forbidden").
 */
export async function findDocumentVersionForDownload(user: SessionUser | null, agreementId: string, versionId: string) {
  requireSomeScope(user, "document:read");
  return db.agreementDocumentVersion.findFirst({
    where: { id: versionId, document: { AND: [{ agreementId }, scopeWhere(user, "document:read")] } },
    select: { version: true, file: { select: { storageKey: true, fileName: true, mimeType: true, sizeBytes: true } } },
  });
}
