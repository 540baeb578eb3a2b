import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as downloadDocument } from "@/app/api/applications/documents/[documentId]/route";
import { POST as uploadDocument } from "@/app/api/applications/documents/route";
import { db } from "@/lib/db/client";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { pdfBytes } from "@/tests/helpers/application-factories";
import { createUnit, createUser } from "@/tests/helpers/factories";
import { createOpportunity } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 15, finding 7: officers could download the documents of a student's unsubmitted draft,
 * although the staff pages hide drafts. A draft's documents are the student's own until they submit.
 */

const ORIGIN = "http://localhost:3000";

function download(documentId: string) {
  return downloadDocument(new Request(`${ORIGIN}/api/applications/documents/${documentId}`), { params: Promise.resolve({ documentId }) });
}

beforeEach(() => actAsVisitor());

describe("documents of a draft application", () => {
  it("are the student's only until the application is submitted; then its reviewers may download them", async () => {
    const unit = await createUnit();
    const opportunity = await createOpportunity();
    const student = await createUser({ unitId: unit.id });
    const officer = await createUser({ role: "OFFICER" });
    const coordinator = await createUser({ role: "COORDINATOR", unitId: unit.id });
    const admin = await createUser({ role: "ADMIN" });

    actAs(student);
    const form = new FormData();
    form.set("opportunityId", opportunity.id);
    form.set("requirementId", opportunity.requiredDocuments[0]!.id);
    form.set("file", new File([Buffer.from(pdfBytes())], "transcript.pdf", { type: "application/pdf" }));
    const uploaded = await uploadDocument(new Request(`${ORIGIN}/api/applications/documents`, { method: "POST", body: form, headers: { origin: ORIGIN } }), undefined);
    expect(uploaded.status).toBe(201);
    const { id, applicationId } = (await uploaded.json()) as { id: string; applicationId: string };
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("DRAFT");

    expect((await download(id)).status).toBe(200);
    for (const staff of [officer, coordinator, admin]) {
      actAs(staff);
      const refused = await download(id);
      expect(refused.status, staff.role).toBe(404);
      expect(await refused.json()).toMatchObject({ error: "NOT_FOUND" });
    }

    await db.application.update({ where: { id: applicationId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    for (const reader of [student, officer, coordinator, admin]) {
      actAs(reader);
      expect((await download(id)).status, reader.role).toBe(200);
    }
  });
});
