import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, CefrLevel } from "@/lib/generated/prisma/enums";
import { requirePermission } from "@/lib/permissions";
import { isWithdrawable } from "./lifecycle";
import { isWindowOpen } from "./window";

/**
 * What a student reads about their own applications. Every query has `studentId: user.id` in its
 * `where`, so another student's id finds nothing (404), whatever the caller passes.
 */

const applyOpportunitySelect = {
  id: true,
  title: true,
  status: true,
  opensAt: true,
  closesAt: true,
  language: true,
  languageLevel: true,
  academicPeriod: true,
  partner: { select: { name: true, countryCode: true } },
  program: { select: { name: true } },
  requiredDocuments: {
    select: { id: true, name: true, description: true, isMandatory: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  },
} satisfies Prisma.OpportunitySelect;

const documentSelect = {
  id: true,
  requirementId: true,
  createdAt: true,
  file: { select: { fileName: true, sizeBytes: true, mimeType: true } },
} satisfies Prisma.ApplicationDocumentSelect;

export interface StudentDocument {
  id: string;
  requirementId: string | null;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  uploadedAt: Date;
}

function toStudentDocument(row: Prisma.ApplicationDocumentGetPayload<{ select: typeof documentSelect }>): StudentDocument {
  return {
    id: row.id,
    requirementId: row.requirementId,
    fileName: row.file.fileName,
    sizeBytes: row.file.sizeBytes,
    mimeType: row.file.mimeType,
    uploadedAt: row.createdAt,
  };
}

export interface DraftState {
  id: string;
  status: ApplicationStatus;
  motivation: string;
  languageLevel: CefrLevel | null;
  gpa: string | null;
  updatedAt: Date;
  documents: StudentDocument[];
}

export function motivationOf(answers: unknown): string {
  if (answers && typeof answers === "object" && "motivation" in answers) {
    const value = (answers as { motivation: unknown }).motivation;
    return typeof value === "string" ? value : "";
  }
  return "";
}

/** The apply page: the published opportunity, whether it is open, and the student's own application if any. */
export async function getApplyContext(user: SessionUser, opportunityId: string, now = new Date()) {
  requirePermission(user, "application:create", { ownerId: user.id });
  const [opportunity, application] = await Promise.all([
    db.opportunity.findFirst({ where: { id: opportunityId, status: "PUBLISHED" }, select: applyOpportunitySelect }),
    db.application.findFirst({
      where: { opportunityId, studentId: user.id },
      select: {
        id: true,
        status: true,
        answers: true,
        languageLevel: true,
        gpa: true,
        updatedAt: true,
        documents: { select: documentSelect, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  if (!opportunity) return null;
  const draft: DraftState | null = application
    ? {
        id: application.id,
        status: application.status,
        motivation: motivationOf(application.answers),
        languageLevel: application.languageLevel,
        gpa: application.gpa?.toString() ?? null,
        updatedAt: application.updatedAt,
        documents: application.documents.map(toStudentDocument),
      }
    : null;
  return { opportunity, isOpen: isWindowOpen(opportunity, now), draft };
}

export type ApplyContext = NonNullable<Awaited<ReturnType<typeof getApplyContext>>>;

/** The student's applications, newest first (drafts included, so they can be resumed). */
export async function listMyApplications(user: SessionUser) {
  requirePermission(user, "application:read", { ownerId: user.id });
  return db.application.findMany({
    where: { studentId: user.id },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      opportunity: { select: { id: true, title: true, closesAt: true, partner: { select: { name: true } } } },
    },
    orderBy: { updatedAt: "desc" },
  });
}

/** One of the student's applications with its documents and full status history, or null (→ 404). */
export async function getMyApplication(user: SessionUser, applicationId: string) {
  requirePermission(user, "application:read", { ownerId: user.id });
  const row = await db.application.findFirst({
    where: { id: applicationId, studentId: user.id },
    select: {
      id: true,
      status: true,
      answers: true,
      languageLevel: true,
      gpa: true,
      submittedAt: true,
      decidedAt: true,
      updatedAt: true,
      opportunity: {
        select: {
          id: true,
          title: true,
          closesAt: true,
          partner: { select: { name: true } },
          requiredDocuments: { select: { id: true, name: true, isMandatory: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
        },
      },
      documents: { select: documentSelect, orderBy: { createdAt: "asc" } },
      // The history shows when and what, and whether the student or the office made the change.
      statusChanges: {
        select: { id: true, fromStatus: true, toStatus: true, at: true, changedById: true },
        orderBy: { at: "asc" },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    motivation: motivationOf(row.answers),
    gpa: row.gpa?.toString() ?? null,
    documents: row.documents.map(toStudentDocument),
    canWithdraw: isWithdrawable(row.status),
    history: row.statusChanges.map((change) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      at: change.at,
      byApplicant: change.changedById === user.id,
    })),
  };
}
