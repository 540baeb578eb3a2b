import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  loadApplicationDraftAction,
  saveApplicationDraftAction,
  submitApplicationAction,
  withdrawApplicationAction,
} from "@/lib/applications/actions";
import { scoreApplicationAction, transitionApplicationAction } from "@/lib/applications/review-actions";
import { getMyApplication, listMyApplications } from "@/lib/applications/student-queries";
import { db } from "@/lib/db/client";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { attachDocument, createApplication } from "@/tests/helpers/application-factories";
import { countAllRows, createUser } from "@/tests/helpers/factories";
import { createOpportunity } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

beforeEach(() => actAsVisitor());

/** What the status form sends besides the move itself: no note, no override. */
const MOVE = { note: "", placesOverride: false, overrideReason: "" };
const NO_COMMENT = { comment: "" };
const BLANK = { motivation: "", languageLevel: "", gpa: "" };

/** Alice's submitted application and draft; Bob is the other student guessing their ids. */
async function twoStudents() {
  const opportunity = await createOpportunity();
  const draftOpportunity = await createOpportunity();
  const alice = await createUser({ name: "Alice Applicant" });
  const bob = await createUser({ name: "Bob Guesser" });
  const submitted = await createApplication({ opportunityId: opportunity.id, studentId: alice.id, status: "SUBMITTED" });
  const draft = await createApplication({ opportunityId: draftOpportunity.id, studentId: alice.id, status: "DRAFT" });
  await attachDocument(draft.id, draftOpportunity.requiredDocuments[0]!.id, alice.id);
  return { opportunity, draftOpportunity, alice, bob, submitted, draft };
}

describe("a student never sees or changes another student's application", () => {
  it("reads only their own applications: another's id is not found", async () => {
    const { alice, bob, submitted, draft } = await twoStudents();
    expect(await getMyApplication(bob, submitted.id)).toBeNull();
    expect(await getMyApplication(bob, draft.id)).toBeNull();
    expect(await listMyApplications(bob)).toEqual([]);
    expect((await listMyApplications(alice)).map((a) => a.id).sort()).toEqual([submitted.id, draft.id].sort());
    expect((await getMyApplication(alice, submitted.id))?.id).toBe(submitted.id);
  });

  it("cannot submit, withdraw, score or move another's application by guessing its id; the database is unchanged", async () => {
    const { bob, submitted, draft } = await twoStudents();
    actAs(bob);
    const before = await countAllRows();
    expect(await submitApplicationAction({ applicationId: draft.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await withdrawApplicationAction({ applicationId: submitted.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await withdrawApplicationAction({ applicationId: draft.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await scoreApplicationAction({ ...NO_COMMENT, applicationId: submitted.id, scores: { gpa: 60, motivation: 40 } })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await transitionApplicationAction({ ...MOVE, applicationId: submitted.id, toStatus: "REJECTED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countAllRows()).toEqual(before);
    expect((await db.application.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("SUBMITTED");
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("saving a draft for the same opportunity creates the student's own draft and leaves the other's untouched", async () => {
    const { draftOpportunity, alice, bob, draft } = await twoStudents();
    actAs(bob);
    expect(await loadApplicationDraftAction({ opportunityId: draftOpportunity.id })).toEqual({ ok: true, data: null });
    const saved = await saveApplicationDraftAction({ ...BLANK, opportunityId: draftOpportunity.id, motivation: "Bob's own words" });
    expect(saved.ok && saved.data.applicationId).not.toBe(draft.id);
    const alices = await db.application.findUniqueOrThrow({ where: { id: draft.id } });
    expect(alices.studentId).toBe(alice.id);
    expect(alices.answers).toEqual({ motivation: expect.not.stringContaining("Bob") });
  });
});
