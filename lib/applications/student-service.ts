import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { getClientIp } from "@/lib/auth/client-ip";
import { db, type TransactionClient } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { meetsCefr } from "./cefr";
import { isWithdrawable } from "./lifecycle";
import { MOTIVATION_MIN, type Draft } from "./schemas";
import { recordStatusChanges } from "./status-change";
import { isWindowOpen } from "./window";

/**
 * The student's writes: keep a draft, submit it, withdraw it. Each reads the application with
 * `studentId: user.id` in the `where`, so another student's application is simply not found.
 */

const windowSelect = { id: true, status: true, opensAt: true, closesAt: true } as const;

function windowClosed(): AppError {
  return new AppError("VALIDATION", { messageKey: "applications.errors.windowClosed" });
}

/**
 * The student's draft for an opportunity, created (with its first history entry) when missing.
 * Refused once the application has left DRAFT: a submitted application is no longer edited.
 */
export async function ensureDraft(tx: TransactionClient, user: SessionUser, opportunityId: string): Promise<{ id: string }> {
  const existing = await tx.application.findUnique({
    where: { opportunityId_studentId: { opportunityId, studentId: user.id } },
    select: { id: true, status: true },
  });
  if (existing) {
    if (existing.status !== "DRAFT") throw new AppError("CONFLICT", { messageKey: "applications.errors.notDraft" });
    return { id: existing.id };
  }
  const created = await tx.application.create({
    data: { opportunityId, studentId: user.id, status: "DRAFT", answers: { motivation: "" } },
    select: { id: true },
  });
  await tx.applicationStatusChange.create({
    data: { applicationId: created.id, fromStatus: null, toStatus: "DRAFT", changedById: user.id },
  });
  return created;
}

/** The open, published opportunity a student may write to, or the matching refusal. */
export async function openOpportunityOrThrow(tx: TransactionClient, opportunityId: string, now: Date) {
  const opportunity = await tx.opportunity.findFirst({ where: { id: opportunityId, status: "PUBLISHED" }, select: windowSelect });
  if (!opportunity) throw new AppError("NOT_FOUND");
  if (!isWindowOpen(opportunity, now)) throw windowClosed();
  return opportunity;
}

/** Autosave: keeps whatever the student typed so far. The server copy is the source of truth. */
export async function saveDraft(user: SessionUser, input: Draft, now = new Date()): Promise<{ applicationId: string; savedAt: Date }> {
  requirePermission(user, "application:update", { ownerId: user.id });
  return db.$transaction(async (tx) => {
    await openOpportunityOrThrow(tx, input.opportunityId, now);
    const draft = await ensureDraft(tx, user, input.opportunityId);
    const saved = await tx.application.update({
      where: { id: draft.id, studentId: user.id, status: "DRAFT" },
      data: {
        answers: { motivation: input.motivation },
        languageLevel: input.languageLevel ?? null,
        gpa: input.gpa ?? null,
      },
      select: { id: true, updatedAt: true },
    });
    return { applicationId: saved.id, savedAt: saved.updatedAt };
  });
}

/**
 * Submits a draft. The server decides: the window must be open, the answers complete and every
 * mandatory document uploaded; otherwise the student is told which field or document is missing.
 */
export async function submitApplication(user: SessionUser, applicationId: string, now = new Date()): Promise<{ status: "SUBMITTED" }> {
  requirePermission(user, "application:update", { ownerId: user.id });
  const ip = await getClientIp();
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, studentId: user.id },
      select: {
        status: true,
        answers: true,
        languageLevel: true,
        gpa: true,
        opportunity: {
          select: {
            ...windowSelect,
            languageLevel: true,
            requiredDocuments: { where: { isMandatory: true }, select: { id: true } },
          },
        },
        documents: { select: { requirementId: true } },
      },
    });
    if (!application) throw new AppError("NOT_FOUND");
    if (application.status !== "DRAFT") throw new AppError("CONFLICT", { messageKey: "applications.errors.notDraft" });
    if (!isWindowOpen(application.opportunity, now)) throw windowClosed();

    const fieldErrors: FieldErrors = {};
    const motivation = (application.answers as { motivation?: unknown } | null)?.motivation;
    if (typeof motivation !== "string" || motivation.trim().length < MOTIVATION_MIN) {
      fieldErrors.motivation = ["applications.errors.motivationTooShort"];
    }
    const required = application.opportunity.languageLevel;
    if (!application.languageLevel) fieldErrors.languageLevel = ["common.form.errors.required"];
    else if (required && !meetsCefr(application.languageLevel, required)) fieldErrors.languageLevel = ["applications.errors.languageBelow"];
    if (application.gpa === null) fieldErrors.gpa = ["common.form.errors.required"];
    const uploaded = new Set(application.documents.map((document) => document.requirementId));
    for (const requirement of application.opportunity.requiredDocuments) {
      if (!uploaded.has(requirement.id)) fieldErrors[`documents.${requirement.id}`] = ["applications.errors.documentMissing"];
    }
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError("VALIDATION", { messageKey: "applications.errors.submitIncomplete", fieldErrors });
    }

    // The status in the `where` makes a double submission (two tabs) change nothing the second time.
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, studentId: user.id, status: "DRAFT" },
      data: { status: "SUBMITTED", submittedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", { messageKey: "applications.errors.notDraft" });
    await recordStatusChanges(tx, user, [{ applicationId, fromStatus: "DRAFT", toStatus: "SUBMITTED" }], ip);
    return { status: "SUBMITTED" as const };
  });
}

/** Withdraws the student's application: allowed any time before a decision (accepted or rejected). */
export async function withdrawApplication(user: SessionUser, applicationId: string): Promise<{ status: "WITHDRAWN" }> {
  requirePermission(user, "application:withdraw", { ownerId: user.id });
  const ip = await getClientIp();
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, studentId: user.id },
      select: { status: true },
    });
    if (!application) throw new AppError("NOT_FOUND");
    if (!isWithdrawable(application.status)) throw new AppError("CONFLICT", { messageKey: "applications.errors.cannotWithdraw" });
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, studentId: user.id, status: application.status },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    await recordStatusChanges(tx, user, [{ applicationId, fromStatus: application.status, toStatus: "WITHDRAWN" }], ip);
    return { status: "WITHDRAWN" as const };
  });
}
