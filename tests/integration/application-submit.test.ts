import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveApplicationDraftAction, submitApplicationAction, withdrawApplicationAction } from "@/lib/applications/actions";
import { db } from "@/lib/db/client";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { attachDocument, createApplication } from "@/tests/helpers/application-factories";
import { createUser } from "@/tests/helpers/factories";
import { createOpportunity, daysFromNow } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

const MOTIVATION = "I want to study at this partner to learn new research methods and bring them back to my department.";

/** A draft with nothing typed yet. */
const BLANK = { motivation: "", languageLevel: "", gpa: "" };

beforeEach(() => actAsVisitor());

async function draftFor(opportunityId: string, values: Record<string, unknown> = {}) {
  const result = await saveApplicationDraftAction({ opportunityId, motivation: MOTIVATION, languageLevel: "C1", gpa: "91.5", ...values });
  if (!result.ok) throw new Error(`draft refused: ${JSON.stringify(result)}`);
  return result.data.applicationId;
}

describe("draft autosave", () => {
  it("creates the draft on the first save, keeps later values and records the start in the history", async () => {
    const opportunity = await createOpportunity();
    const student = await createUser();
    actAs(student);
    const first = await saveApplicationDraftAction({ opportunityId: opportunity.id, motivation: "First words", languageLevel: "", gpa: "" });
    expect(first.ok).toBe(true);
    const second = await saveApplicationDraftAction({ opportunityId: opportunity.id, motivation: "First words and more", languageLevel: "B2", gpa: "87.25" });
    expect(second.ok && first.ok && second.data.applicationId === first.data.applicationId).toBe(true);

    const stored = await db.application.findFirstOrThrow({ where: { opportunityId: opportunity.id, studentId: student.id }, include: { statusChanges: true } });
    expect(stored.status).toBe("DRAFT");
    expect(stored.answers).toEqual({ motivation: "First words and more" });
    expect(stored.languageLevel).toBe("B2");
    expect(stored.gpa?.toString()).toBe("87.25");
    expect(stored.statusChanges.map((c) => [c.fromStatus, c.toStatus])).toEqual([[null, "DRAFT"]]);
  });

  it("refuses a GPA out of range next to the field, and refuses drafts for closed or unpublished calls", async () => {
    const student = await createUser();
    actAs(student);
    const open = await createOpportunity();
    const bad = await saveApplicationDraftAction({ ...BLANK, opportunityId: open.id, motivation: "x", gpa: "140" });
    expect(bad.ok === false && bad.fieldErrors?.gpa).toEqual(["common.form.errors.tooLarge|max=100"]);

    const closed = await createOpportunity({ closesAt: daysFromNow(-1) });
    const late = await saveApplicationDraftAction({ ...BLANK, opportunityId: closed.id, motivation: "x" });
    expect(late).toMatchObject({ ok: false, code: "VALIDATION", formError: "applications.errors.windowClosed" });

    const unpublished = await createOpportunity({ status: "DRAFT" });
    expect(await saveApplicationDraftAction({ ...BLANK, opportunityId: unpublished.id, motivation: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.application.count({ where: { studentId: student.id, opportunityId: { in: [closed.id, unpublished.id] } } })).toBe(0);
  });

  it("is refused to visitors and staff", async () => {
    const opportunity = await createOpportunity();
    expect(await saveApplicationDraftAction({ ...BLANK, opportunityId: opportunity.id, motivation: "x" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(await createUser({ role: "OFFICER" }));
    expect(await saveApplicationDraftAction({ ...BLANK, opportunityId: opportunity.id, motivation: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("submission rules (decided by the server)", () => {
  it("refuses a submission with a mandatory document missing, naming that document; the optional one may be missing", async () => {
    const opportunity = await createOpportunity();
    const [mandatory, optional] = opportunity.requiredDocuments;
    const student = await createUser();
    actAs(student);
    const applicationId = await draftFor(opportunity.id);

    const refused = await submitApplicationAction({ applicationId });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", formError: "applications.errors.submitIncomplete" });
    expect(refused.ok === false && refused.fieldErrors).toEqual({ [`documents.${mandatory!.id}`]: ["applications.errors.documentMissing"] });
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("DRAFT");

    await attachDocument(applicationId, mandatory!.id, student.id);
    expect(optional!.isMandatory).toBe(false);
    const accepted = await submitApplicationAction({ applicationId });
    expect(accepted).toEqual({ ok: true, data: { status: "SUBMITTED" } });
    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId }, include: { statusChanges: { orderBy: { at: "asc" } } } });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.submittedAt).not.toBeNull();
    expect(stored.statusChanges.at(-1)).toMatchObject({ fromStatus: "DRAFT", toStatus: "SUBMITTED", changedById: student.id });
    expect(await db.auditLog.count({ where: { entityId: applicationId, action: "application.status" } })).toBe(1);

    // A second submission (another tab) changes nothing.
    expect(await submitApplicationAction({ applicationId })).toMatchObject({ ok: false, code: "CONFLICT", formError: "applications.errors.notDraft" });
  });

  it("refuses a submission after the window has closed, even for a complete draft", async () => {
    const opportunity = await createOpportunity();
    const student = await createUser();
    actAs(student);
    const applicationId = await draftFor(opportunity.id);
    await attachDocument(applicationId, opportunity.requiredDocuments[0]!.id, student.id);
    await db.opportunity.update({ where: { id: opportunity.id }, data: { closesAt: new Date(Date.now() - 1000) } });

    expect(await submitApplicationAction({ applicationId })).toMatchObject({ ok: false, code: "VALIDATION", formError: "applications.errors.windowClosed" });
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("DRAFT");
    expect(await db.applicationStatusChange.count({ where: { applicationId, toStatus: "SUBMITTED" } })).toBe(0);
  });

  it("names every incomplete answer: short motivation, missing GPA, a language level below the requirement", async () => {
    const opportunity = await createOpportunity({ languageLevel: "B2", requiredDocuments: [] });
    actAs(await createUser());
    const applicationId = await draftFor(opportunity.id, { motivation: "Too short", gpa: "", languageLevel: "B1" });
    const refused = await submitApplicationAction({ applicationId });
    expect(refused.ok === false && refused.fieldErrors).toEqual({
      motivation: ["applications.errors.motivationTooShort"],
      gpa: ["common.form.errors.required"],
      languageLevel: ["applications.errors.languageBelow"],
    });
  });
});

describe("withdrawal", () => {
  it.each(["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "NOMINATED"] as const)("is allowed from %s, with who and when recorded", async (status) => {
    const opportunity = await createOpportunity();
    const student = await createUser();
    const application = await createApplication({ opportunityId: opportunity.id, studentId: student.id, status });
    actAs(student);
    expect(await withdrawApplicationAction({ applicationId: application.id })).toEqual({ ok: true, data: { status: "WITHDRAWN" } });
    const last = await db.applicationStatusChange.findFirstOrThrow({ where: { applicationId: application.id }, orderBy: { at: "desc" } });
    expect(last).toMatchObject({ fromStatus: status, toStatus: "WITHDRAWN", changedById: student.id });
  });

  it.each(["ACCEPTED", "REJECTED", "WITHDRAWN"] as const)("is refused after %s, and nothing changes", async (status) => {
    const opportunity = await createOpportunity();
    const student = await createUser();
    const application = await createApplication({ opportunityId: opportunity.id, studentId: student.id, status });
    const changesBefore = await db.applicationStatusChange.count({ where: { applicationId: application.id } });
    actAs(student);
    expect(await withdrawApplicationAction({ applicationId: application.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "applications.errors.cannotWithdraw",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe(status);
    expect(await db.applicationStatusChange.count({ where: { applicationId: application.id } })).toBe(changesBefore);
  });
});
