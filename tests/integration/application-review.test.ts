import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  bulkTransitionApplicationsAction,
  rankApplicationAction,
  scoreApplicationAction,
  transitionApplicationAction,
} from "@/lib/applications/review-actions";
import { db } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { listOutbox } from "@/lib/mail/outbox";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { createApplication } from "@/tests/helpers/application-factories";
import { countAllRows, createUnit, createUser } from "@/tests/helpers/factories";
import { createOpportunity } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

beforeEach(() => actAsVisitor());

/** What the status form sends besides the move itself: no note, no override. */
const MOVE = { note: "", placesOverride: false, overrideReason: "" };
const NO_COMMENT = { comment: "" };

async function applicationIn(status: ApplicationStatus, opportunityOverrides: Parameters<typeof createOpportunity>[0] = {}) {
  const opportunity = await createOpportunity(opportunityOverrides);
  const student = await createUser();
  const application = await createApplication({ opportunityId: opportunity.id, studentId: student.id, status });
  return { opportunity, student, application };
}

async function statusOf(id: string) {
  return (await db.application.findUniqueOrThrow({ where: { id } })).status;
}

describe("lifecycle enforced on the server", () => {
  it.each([
    ["SUBMITTED", "UNDER_REVIEW"],
    ["UNDER_REVIEW", "SHORTLISTED"],
    ["SHORTLISTED", "NOMINATED"],
    ["NOMINATED", "ACCEPTED"],
    ["UNDER_REVIEW", "REJECTED"],
    ["NOMINATED", "SHORTLISTED"],
  ] as const)("allows %s → %s and records who and when", async (from, to) => {
    const { application } = await applicationIn(from);
    const officer = await createUser({ role: "OFFICER" });
    actAs(officer);
    expect(await transitionApplicationAction({ ...MOVE, applicationId: application.id, toStatus: to, note: "checked" })).toEqual({ ok: true, data: { count: 1 } });
    expect(await statusOf(application.id)).toBe(to);
    const change = await db.applicationStatusChange.findFirstOrThrow({ where: { applicationId: application.id }, orderBy: { at: "desc" } });
    expect(change).toMatchObject({ fromStatus: from, toStatus: to, changedById: officer.id, note: "checked", isPlacesOverride: false });
    expect(await db.auditLog.count({ where: { entityId: application.id, action: "application.status", actorId: officer.id } })).toBe(1);
  });

  it.each([
    ["SUBMITTED", "NOMINATED"],
    ["SUBMITTED", "ACCEPTED"],
    ["UNDER_REVIEW", "ACCEPTED"],
    ["ACCEPTED", "REJECTED"],
    ["REJECTED", "UNDER_REVIEW"],
    ["WITHDRAWN", "UNDER_REVIEW"],
    ["DRAFT", "UNDER_REVIEW"],
  ] as const)("refuses %s → %s and changes nothing", async (from, to) => {
    const { application } = await applicationIn(from);
    actAs(await createUser({ role: "OFFICER" }));
    const before = await countAllRows();
    const result = await transitionApplicationAction({ ...MOVE, applicationId: application.id, toStatus: to });
    expect(result.ok).toBe(false);
    expect(await statusOf(application.id)).toBe(from);
    expect(await countAllRows()).toEqual(before);
  });

  it("lets coordinators review and nominate their unit's students but not decide, and hides other units' students", async () => {
    const unit = await createUnit();
    const opportunity = await createOpportunity();
    const own = await createApplication({ opportunityId: opportunity.id, studentId: (await createUser({ unitId: unit.id })).id, status: "SHORTLISTED" });
    const foreign = await createApplication({ opportunityId: opportunity.id, studentId: (await createUser()).id, status: "SHORTLISTED" });
    actAs(await createUser({ role: "COORDINATOR", unitId: unit.id }));

    expect(await transitionApplicationAction({ ...MOVE, applicationId: own.id, toStatus: "NOMINATED" })).toMatchObject({ ok: true });
    expect(await transitionApplicationAction({ ...MOVE, applicationId: own.id, toStatus: "ACCEPTED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await transitionApplicationAction({ ...MOVE, applicationId: foreign.id, toStatus: "NOMINATED" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await scoreApplicationAction({ ...NO_COMMENT, applicationId: foreign.id, scores: { gpa: 1, motivation: 1 } })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await statusOf(own.id)).toBe("NOMINATED");
    expect(await statusOf(foreign.id)).toBe("SHORTLISTED");
  });

  it("refuses a coordinator's writes in another unit's call, even on their own unit's student", async () => {
    const unit = await createUnit();
    const otherUnitsCall = await createOpportunity({ unitId: (await createUnit()).id });
    const application = await createApplication({ opportunityId: otherUnitsCall.id, studentId: (await createUser({ unitId: unit.id })).id, status: "SHORTLISTED" });
    actAs(await createUser({ role: "COORDINATOR", unitId: unit.id }));
    const before = await countAllRows();
    expect(await transitionApplicationAction({ ...MOVE, applicationId: application.id, toStatus: "NOMINATED" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await scoreApplicationAction({ ...NO_COMMENT, applicationId: application.id, scores: { gpa: 1, motivation: 1 } })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await rankApplicationAction({ applicationId: application.id, rank: "1" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await countAllRows()).toEqual(before);
  });
});

describe("places", () => {
  it("refuses a nomination beyond the places, then allows it with an explicit, logged override and reason", async () => {
    const opportunity = await createOpportunity({ places: 1 });
    const first = await createApplication({ opportunityId: opportunity.id, studentId: (await createUser()).id, status: "NOMINATED" });
    const second = await createApplication({ opportunityId: opportunity.id, studentId: (await createUser()).id, status: "SHORTLISTED" });
    const officer = await createUser({ role: "OFFICER" });
    actAs(officer);

    const refused = await transitionApplicationAction({ ...MOVE, applicationId: second.id, toStatus: "NOMINATED" });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", formError: "applications.errors.placesExceeded", values: { places: 1, after: 2 } });
    const noReason = await transitionApplicationAction({ ...MOVE, applicationId: second.id, toStatus: "NOMINATED", placesOverride: true, overrideReason: "" });
    expect(noReason.ok === false && noReason.fieldErrors).toEqual({ overrideReason: ["applications.errors.overrideReasonRequired"] });
    expect(await statusOf(second.id)).toBe("SHORTLISTED");

    const reason = "Partner confirmed one extra place by e-mail";
    expect(await transitionApplicationAction({ ...MOVE, applicationId: second.id, toStatus: "NOMINATED", placesOverride: "on", overrideReason: reason })).toMatchObject({
      ok: true,
    });
    expect(await statusOf(second.id)).toBe("NOMINATED");
    const change = await db.applicationStatusChange.findFirstOrThrow({ where: { applicationId: second.id, toStatus: "NOMINATED" } });
    expect(change).toMatchObject({ isPlacesOverride: true, changedById: officer.id, note: reason });
    expect(await db.auditLog.count({ where: { entityId: opportunity.id, action: "opportunity.places-override", actorId: officer.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: second.id, action: "application.places-override" } })).toBe(1);

    // Accepting an already nominated student takes no new place: no override needed.
    expect(await transitionApplicationAction({ ...MOVE, applicationId: first.id, toStatus: "ACCEPTED" })).toMatchObject({ ok: true });
  });
});

describe("bulk actions", () => {
  it("moves every selected applicant, or none when one move is not allowed", async () => {
    const opportunity = await createOpportunity({ places: 5 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await createApplication({ opportunityId: opportunity.id, studentId: (await createUser()).id, status: "SUBMITTED" })).id);
    const rejected = await createApplication({ opportunityId: opportunity.id, studentId: (await createUser()).id, status: "REJECTED" });
    actAs(await createUser({ role: "OFFICER" }));

    const before = await countAllRows();
    const refused = await bulkTransitionApplicationsAction({ ...MOVE, opportunityId: opportunity.id, applicationIds: [...ids, rejected.id], toStatus: "UNDER_REVIEW" });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", formError: "applications.errors.bulkRefused", values: { count: 1 } });
    expect(refused.ok === false && Object.keys(refused.fieldErrors ?? {})).toEqual([rejected.id]);
    expect(await countAllRows()).toEqual(before);

    const form = new FormData();
    form.set("opportunityId", opportunity.id);
    form.set("toStatus", "UNDER_REVIEW");
    for (const id of ids) form.append("applicationIds", id);
    expect(await bulkTransitionApplicationsAction(form)).toEqual({ ok: true, data: { count: 3 } });
    expect(await db.application.count({ where: { id: { in: ids }, status: "UNDER_REVIEW" } })).toBe(3);
    expect(await db.applicationStatusChange.count({ where: { applicationId: { in: ids }, toStatus: "UNDER_REVIEW" } })).toBe(3);
  });

  it("refuses applications of another opportunity in the same request", async () => {
    const { opportunity, application } = await applicationIn("SUBMITTED");
    const other = await applicationIn("SUBMITTED");
    actAs(await createUser({ role: "OFFICER" }));
    const result = await bulkTransitionApplicationsAction({ ...MOVE, opportunityId: opportunity.id, applicationIds: [application.id, other.application.id], toStatus: "UNDER_REVIEW" });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await statusOf(application.id)).toBe("SUBMITTED");
  });
});

describe("decisions", () => {
  it("acceptance creates the planned mobility record in the same step, and the student is e-mailed", async () => {
    const { opportunity, student, application } = await applicationIn("NOMINATED", { academicYear: 2026, academicPeriod: "Spring 2027" });
    actAs(await createUser({ role: "OFFICER" }));
    expect(await transitionApplicationAction({ ...MOVE, applicationId: application.id, toStatus: "ACCEPTED" })).toMatchObject({ ok: true });

    const record = await db.mobilityRecord.findUniqueOrThrow({ where: { applicationId: application.id } });
    expect(record).toMatchObject({
      status: "PLANNED",
      direction: "OUTGOING",
      participantType: "STUDENT",
      mobilityType: "STUDENT_STUDY",
      userId: student.id,
      personEmail: student.email,
      partnerId: opportunity.partnerId,
      programId: opportunity.programId,
      academicYear: 2026,
    });
    expect(record.startDate.toISOString().slice(0, 10)).toBe("2027-02-01");
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).decidedAt).not.toBeNull();
    const mail = (await listOutbox()).find((entry) => entry.to === student.email);
    expect(mail?.subject).toContain("accepted");
    expect(mail?.text).toContain(`/my/applications/${application.id}`);
  });

  it("rolls the acceptance back when the mobility record cannot be created", async () => {
    const { application } = await applicationIn("NOMINATED", { partnerId: null });
    actAs(await createUser({ role: "OFFICER" }));
    const before = await countAllRows();
    expect(await transitionApplicationAction({ ...MOVE, applicationId: application.id, toStatus: "ACCEPTED" })).toMatchObject({
      ok: false,
      formError: "applications.errors.noPartnerForMobility",
    });
    expect(await statusOf(application.id)).toBe("NOMINATED");
    expect(await countAllRows()).toEqual(before);
  });
});

describe("scoring and ranking", () => {
  it("scores each criterion within 0..weight, computes the total and starts the review", async () => {
    const { application } = await applicationIn("SUBMITTED");
    const officer = await createUser({ role: "OFFICER" });
    actAs(officer);
    const outOfRange = await scoreApplicationAction({ ...NO_COMMENT, applicationId: application.id, scores: { gpa: 61, motivation: 10, extra: 5 } });
    expect(outOfRange.ok === false && outOfRange.fieldErrors).toEqual({
      "scores.gpa": ["applications.errors.scoreOutOfRange"],
      "scores.extra": ["applications.errors.unknownCriterion"],
    });
    expect(await scoreApplicationAction({ ...NO_COMMENT, applicationId: application.id, scores: { gpa: 55.5, motivation: 30 }, comment: "Strong" })).toEqual({
      ok: true,
      data: { total: 85.5, status: "UNDER_REVIEW" },
    });
    const review = await db.applicationReview.findUniqueOrThrow({ where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: officer.id } } });
    expect(Number(review.total)).toBe(85.5);
    expect(review.comment).toBe("Strong");
    expect(await rankApplicationAction({ applicationId: application.id, rank: "2" })).toEqual({ ok: true, data: { rank: 2 } });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).rank).toBe(2);
  });
});
