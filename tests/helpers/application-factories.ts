import { db } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * Applications in any status, with the history a real one would have, plus tiny but genuine files
 * (their bytes pass the content check) for upload tests.
 */

/** The smallest PDF file-type recognises by its magic bytes. */
export function pdfBytes(extra = 0): Uint8Array {
  const head = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const bytes = new Uint8Array(head.byteLength + extra);
  bytes.set(head);
  bytes.fill(32, head.byteLength);
  return bytes;
}

/** A Windows executable's header: refused whatever the file is called. */
export function exeBytes(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  return bytes;
}

const PATH: ApplicationStatus[] = ["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "ACCEPTED"];

/** The statuses an application passed through to reach `status` (REJECTED/WITHDRAWN after review). */
function pathTo(status: ApplicationStatus): ApplicationStatus[] {
  if (status === "DRAFT") return [];
  if (status === "REJECTED" || status === "WITHDRAWN") return ["SUBMITTED", "UNDER_REVIEW", status];
  return PATH.slice(0, PATH.indexOf(status) + 1);
}

export interface CreateApplicationOptions {
  opportunityId: string;
  studentId: string;
  status?: ApplicationStatus;
  motivation?: string;
  gpa?: number | null;
  languageLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
  changedById?: string;
}

/** An application in `status` (SUBMITTED by default) with a matching status history. */
export async function createApplication(options: CreateApplicationOptions) {
  const status = options.status ?? "SUBMITTED";
  const steps = pathTo(status);
  const application = await db.application.create({
    data: {
      opportunityId: options.opportunityId,
      studentId: options.studentId,
      status,
      answers: { motivation: options.motivation ?? "I want to study abroad to deepen my knowledge and bring new methods home." },
      gpa: options.gpa === undefined ? 88.5 : options.gpa,
      languageLevel: options.languageLevel === undefined ? "C1" : options.languageLevel,
      submittedAt: status === "DRAFT" ? null : new Date(),
      decidedAt: status === "ACCEPTED" || status === "REJECTED" ? new Date() : null,
    },
  });
  if (steps.length > 0) {
    await db.applicationStatusChange.createMany({
      data: steps.map((toStatus, index) => ({
        applicationId: application.id,
        fromStatus: index === 0 ? "DRAFT" : steps[index - 1]!,
        toStatus,
        changedById: index === 0 ? options.studentId : (options.changedById ?? null),
        at: new Date(Date.now() - (steps.length - index) * 60_000),
      })),
    });
  }
  return application;
}

/** Attaches a stored PDF to an application for the given required document. */
export async function attachDocument(applicationId: string, requirementId: string, uploadedById: string) {
  const file = await db.storedFile.create({
    data: {
      storageKey: `test/${applicationId}/${requirementId}`,
      fileName: "transcript.pdf",
      mimeType: "application/pdf",
      sizeBytes: 100,
      sha256: "0".repeat(64),
      uploadedById,
    },
  });
  return db.applicationDocument.create({ data: { applicationId, requirementId, fileId: file.id } });
}
