import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { scopeWhere } from "@/lib/permissions";
import { requireLetterAccess } from "./letter-data";

/** A letter kept on the visit, for its list: who made it, when, for whom, and its file. */
export interface VisitLetterRow {
  id: string;
  referenceNumber: string;
  language: string;
  createdAt: Date;
  createdBy: string | null;
  guestNames: string[];
  fileName: string;
  sizeBytes: number;
}

/** The visit's letters, newest first (the office only). */
export async function listVisitLetters(user: SessionUser | null, visitId: string): Promise<VisitLetterRow[]> {
  requireLetterAccess(user);
  const visit = await db.visit.findFirst({
    where: { AND: [scopeWhere(user, "visit:read"), { id: visitId }] },
    select: {
      participants: { select: { id: true, name: true } },
      letters: {
        select: {
          id: true,
          referenceNumber: true,
          language: true,
          createdAt: true,
          participantIds: true,
          createdBy: { select: { name: true } },
          file: { select: { fileName: true, sizeBytes: true } },
        },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  if (!visit) return [];
  const names = new Map(visit.participants.map((guest) => [guest.id, guest.name]));
  return visit.letters.map((letter) => ({
    id: letter.id,
    referenceNumber: letter.referenceNumber,
    language: letter.language,
    createdAt: letter.createdAt,
    createdBy: letter.createdBy?.name ?? null,
    // A guest removed from the visit since keeps their letter; the list just no longer names them.
    guestNames: letter.participantIds.flatMap((id) => names.get(id) ?? []),
    fileName: letter.file.fileName,
    sizeBytes: letter.file.sizeBytes,
  }));
}

/** The stored file of one of the visit's letters, for its download, or null. */
export async function findVisitLetterFile(user: SessionUser | null, visitId: string, letterId: string) {
  requireLetterAccess(user);
  const letter = await db.visitLetter.findFirst({
    where: { id: letterId, visit: { AND: [scopeWhere(user, "visit:read"), { id: visitId }] } },
    select: { file: { select: { storageKey: true, fileName: true, mimeType: true } } },
  });
  return letter?.file ?? null;
}
