import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { getClientIp } from "@/lib/auth/client-ip";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Application } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { canSome, requirePermission, scopeWhere } from "@/lib/permissions";
import { createMobilitiesFromApplications } from "@/lib/mobility/from-application";
import { sendDecisionEmails, type DecisionNotice } from "./decision-mail";
import { isDecided, isNotifiedDecision, isReviewable, placesAfter, transitionActor } from "./lifecycle";
import { OVERRIDE_REASON_MIN, parseCriteria } from "./schemas";
import { queueOpportunityWhere } from "./scope-sql";
import { recordStatusChanges } from "./status-change";

/**
 * Reviewers' writes: score, rank, and move applications through the lifecycle (one or many at once).
 * They reach exactly the applications the review pages show (the student's unit and the call's
 * unit, see review-queries.ts); anything else is "not found".
 */

/** Scores the application against its opportunity's criteria (0..weight each) and keeps a comment. */
export async function scoreApplication(
  user: SessionUser,
  input: { applicationId: string; scores: Record<string, number>; comment: string },
): Promise<{ total: number; status: ApplicationStatus }> {
  if (!canSome(user, "application:review")) throw new AppError("FORBIDDEN");
  const ip = await getClientIp();
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: {
        AND: [scopeWhere(user, "application:review"), { id: input.applicationId, status: { not: "DRAFT" }, opportunity: queueOpportunityWhere(user) }],
      },
      select: { id: true, status: true, opportunity: { select: { selectionCriteria: true } } },
    });
    if (!application) throw new AppError("NOT_FOUND");
    if (!isReviewable(application.status)) throw new AppError("CONFLICT", { messageKey: "applications.errors.notReviewable" });
    const criteria = parseCriteria(application.opportunity.selectionCriteria);
    const fieldErrors: FieldErrors = {};
    const scores: Record<string, number> = {};
    for (const criterion of criteria) {
      const value = input.scores[criterion.key];
      if (value === undefined || !Number.isFinite(value)) fieldErrors[`scores.${criterion.key}`] = ["common.form.errors.required"];
      else if (value < 0 || value > criterion.weight) fieldErrors[`scores.${criterion.key}`] = ["applications.errors.scoreOutOfRange"];
      else scores[criterion.key] = Math.round(value * 100) / 100;
    }
    for (const key of Object.keys(input.scores)) {
      if (!criteria.some((criterion) => criterion.key === key)) fieldErrors[`scores.${key}`] = ["applications.errors.unknownCriterion"];
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
    const total = Object.values(scores).reduce((sum, value) => sum + value, 0);
    const review = await tx.applicationReview.upsert({
      where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: user.id } },
      create: { applicationId: application.id, reviewerId: user.id, scores, total, comment: input.comment },
      update: { scores, total, comment: input.comment },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "application.review",
      entityType: "Application",
      entityId: application.id,
      after: { reviewId: review.id, scores, total, comment: input.comment },
      ip,
    });
    // The first score starts the review: a scored application is no longer just "submitted".
    let status = application.status;
    if (status === "SUBMITTED") {
      await tx.application.update({ where: { id: application.id }, data: { status: "UNDER_REVIEW", version: { increment: 1 } } });
      await recordStatusChanges(tx, user, [{ applicationId: application.id, fromStatus: "SUBMITTED", toStatus: "UNDER_REVIEW" }], ip);
      status = "UNDER_REVIEW";
    }
    return { total, status };
  });
}

/** Sets (or clears) the application's rank in its opportunity's list. */
export async function rankApplication(user: SessionUser, input: { applicationId: string; rank: number | null }): Promise<void> {
  if (!canSome(user, "application:review")) throw new AppError("FORBIDDEN");
  const ip = await getClientIp();
  await db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: {
        AND: [scopeWhere(user, "application:review"), { id: input.applicationId, status: { not: "DRAFT" }, opportunity: queueOpportunityWhere(user) }],
      },
      select: { id: true, rank: true, status: true },
    });
    if (!application) throw new AppError("NOT_FOUND");
    if (!isReviewable(application.status)) throw new AppError("CONFLICT", { messageKey: "applications.errors.notReviewable" });
    await tx.application.update({ where: { id: application.id }, data: { rank: input.rank, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user,
      action: "application.rank",
      entityType: "Application",
      entityId: application.id,
      before: { rank: application.rank },
      after: { rank: input.rank },
      ip,
    });
  });
}

export interface TransitionRequest {
  /** When given (bulk actions), every application must belong to this opportunity. */
  opportunityId?: string;
  applicationIds: readonly string[];
  toStatus: ApplicationStatus;
  note: string;
  placesOverride: boolean;
  overrideReason: string;
}

/**
 * Moves one or many applications to `toStatus`, all or nothing: every move must be allowed by the
 * lifecycle and by the user's rights on that student's unit, and the opportunity's places must not
 * be exceeded unless the user ticks the override and gives a reason (kept in the history and the
 * audit log). Acceptance creates the planned mobility record in the same transaction; the student
 * is e-mailed once it has committed.
 */
export async function transitionApplications(user: SessionUser, request: TransitionRequest): Promise<{ count: number }> {
  if (!canSome(user, "application:review")) throw new AppError("FORBIDDEN");
  const ids = [...new Set(request.applicationIds)];
  if (ids.length === 0) throw new AppError("VALIDATION", { messageKey: "applications.errors.noneSelected" });
  const ip = await getClientIp();
  const now = new Date();

  const { count, notices } = await db.$transaction(async (tx) => {
    // Lock the rows first, so two reviewers deciding at once cannot both take the last place.
    const locked = await tx.$queryRaw<Pick<Application, "id" | "opportunityId">[]>`
      SELECT id, "opportunityId" FROM "Application" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
    const opportunityIds = new Set(locked.map((row) => row.opportunityId));
    if (locked.length !== ids.length || opportunityIds.size !== 1) throw new AppError("NOT_FOUND");
    const opportunityId = [...opportunityIds][0]!;
    if (request.opportunityId && request.opportunityId !== opportunityId) throw new AppError("NOT_FOUND");
    await tx.$queryRaw`SELECT id FROM "Opportunity" WHERE id = ${opportunityId}::uuid FOR UPDATE`;

    const applications = await tx.application.findMany({
      where: { AND: [scopeWhere(user, "application:read"), { id: { in: ids }, status: { not: "DRAFT" }, opportunity: queueOpportunityWhere(user) }] },
      select: {
        id: true,
        status: true,
        student: { select: { unitId: true, name: true, email: true, locale: true } },
        opportunity: { select: { title: true, places: true } },
      },
    });
    // Another unit's student (for a coordinator) is "not found", exactly like a made-up id.
    if (applications.length !== ids.length) throw new AppError("NOT_FOUND");

    const refused: FieldErrors = {};
    for (const application of applications) {
      const actor = transitionActor(application.status, request.toStatus);
      if (!actor || actor.kind !== "staff") {
        refused[application.id] = ["applications.errors.transitionNotAllowed"];
        continue;
      }
      requirePermission(user, actor.permission, { unitId: application.student.unitId });
    }
    if (Object.keys(refused).length > 0) {
      throw new AppError("CONFLICT", {
        messageKey: ids.length === 1 ? "applications.errors.transitionNotAllowed" : "applications.errors.bulkRefused",
        values: { count: Object.keys(refused).length },
        fieldErrors: refused,
      });
    }

    const { places, title } = applications[0]!.opportunity;
    const taken = await tx.application.count({ where: { opportunityId, status: { in: ["NOMINATED", "ACCEPTED"] } } });
    const after = placesAfter(taken, applications.map((a) => a.status), request.toStatus);
    const exceeds = after > places && after > taken;
    if (exceeds) {
      if (!request.placesOverride) {
        throw new AppError("CONFLICT", { messageKey: "applications.errors.placesExceeded", values: { places, after } });
      }
      if (request.overrideReason.trim().length < OVERRIDE_REASON_MIN) {
        throw new AppError("VALIDATION", {
          messageKey: "applications.errors.overrideReasonRequired",
          fieldErrors: { overrideReason: ["applications.errors.overrideReasonRequired"] },
        });
      }
    }

    const { count } = await tx.application.updateMany({
      where: { id: { in: ids } },
      data: { status: request.toStatus, decidedAt: isDecided(request.toStatus) ? now : null, version: { increment: 1 } },
    });
    const note = exceeds ? [request.overrideReason.trim(), request.note.trim()].filter(Boolean).join(" — ") : request.note.trim();
    await recordStatusChanges(
      tx,
      user,
      applications.map((application) => ({
        applicationId: application.id,
        fromStatus: application.status,
        toStatus: request.toStatus,
        note,
        isPlacesOverride: exceeds,
      })),
      ip,
    );
    if (exceeds) {
      await recordAudit(tx, {
        actor: user,
        action: "opportunity.places-override",
        entityType: "Opportunity",
        entityId: opportunityId,
        before: { placesTaken: taken, places },
        after: { placesTaken: after, places, reason: request.overrideReason.trim(), applicationIds: ids, toStatus: request.toStatus },
        ip,
      });
    }
    if (request.toStatus === "ACCEPTED") await createMobilitiesFromApplications(tx, user, ids, ip);

    const notices = isNotifiedDecision(request.toStatus)
      ? applications.map<DecisionNotice>((application) => ({
          applicationId: application.id,
          toStatus: request.toStatus,
          student: { name: application.student.name, email: application.student.email, locale: application.student.locale },
          opportunityTitle: title,
        }))
      : [];
    return { count, notices };
  });

  await sendDecisionEmails(notices);
  return { count };
}
