import { beforeEach, describe, expect, it, vi } from "vitest";

// A small limit so the size rule can be shown with a small file (read once, when env() is first used).
vi.hoisted(() => {
  process.env.UPLOAD_MAX_MB = "0.05";
});
vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

import { DELETE as deleteDocument, GET as downloadDocument } from "@/app/api/applications/documents/[documentId]/route";
import { POST as uploadDocument } from "@/app/api/applications/documents/route";
import { db } from "@/lib/db/client";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { exeBytes, pdfBytes } from "@/tests/helpers/application-factories";
import { countAllRows, createUnit, createUser } from "@/tests/helpers/factories";
import { createOpportunity } from "@/tests/helpers/opportunity-factories";

const ORIGIN = "http://localhost:3000";

function upload(fields: { opportunityId: string; requirementId: string }, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("opportunityId", fields.opportunityId);
  form.set("requirementId", fields.requirementId);
  form.set("file", new File([Buffer.from(bytes)], name, { type: "application/pdf" }));
  return uploadDocument(new Request(`${ORIGIN}/api/applications/documents`, { method: "POST", body: form, headers: { origin: ORIGIN } }), undefined);
}

function download(documentId: string) {
  return downloadDocument(new Request(`${ORIGIN}/api/applications/documents/${documentId}`), { params: Promise.resolve({ documentId }) });
}

function remove(documentId: string) {
  return deleteDocument(new Request(`${ORIGIN}/api/applications/documents/${documentId}`, { method: "DELETE", headers: { origin: ORIGIN } }), {
    params: Promise.resolve({ documentId }),
  });
}

beforeEach(() => actAsVisitor());

describe("application document uploads", () => {
  it("stores a real PDF in the student's draft (creating the draft) and serves it back to the student", async () => {
    const opportunity = await createOpportunity();
    const student = await createUser();
    actAs(student);
    const response = await upload({ opportunityId: opportunity.id, requirementId: opportunity.requiredDocuments[0]!.id }, pdfBytes(), "transcript.pdf");
    expect(response.status).toBe(201);
    const document = (await response.json()) as { id: string; applicationId: string; fileName: string; mimeType: string };
    expect(document).toMatchObject({ fileName: "transcript.pdf", mimeType: "application/pdf" });
    expect((await db.application.findUniqueOrThrow({ where: { id: document.applicationId } })).status).toBe("DRAFT");

    const served = await download(document.id);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(pdfBytes());
  });

  it("replaces the file when the same document is uploaded again", async () => {
    const opportunity = await createOpportunity();
    actAs(await createUser());
    const requirementId = opportunity.requiredDocuments[0]!.id;
    await upload({ opportunityId: opportunity.id, requirementId }, pdfBytes(), "first.pdf");
    await upload({ opportunityId: opportunity.id, requirementId }, pdfBytes(10), "second.pdf");
    const documents = await db.applicationDocument.findMany({ where: { requirementId }, include: { file: true } });
    expect(documents.map((d) => d.file.fileName)).toEqual(["second.pdf"]);
  });

  it("refuses a file by its content type, whatever its name says, and stores nothing", async () => {
    const opportunity = await createOpportunity();
    actAs(await createUser());
    const before = await countAllRows();
    const response = await upload({ opportunityId: opportunity.id, requirementId: opportunity.requiredDocuments[0]!.id }, exeBytes(), "transcript.pdf");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "VALIDATION", message: "applications.errors.fileType" });
    expect(await countAllRows()).toEqual(before);
  });

  it("refuses a file over the size limit and stores nothing", async () => {
    const opportunity = await createOpportunity();
    actAs(await createUser());
    const before = await countAllRows();
    const response = await upload({ opportunityId: opportunity.id, requirementId: opportunity.requiredDocuments[0]!.id }, pdfBytes(60 * 1024), "big.pdf");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "VALIDATION", message: "applications.errors.fileTooLarge" });
    expect(await countAllRows()).toEqual(before);
  });

  it("refuses uploads to another opportunity's required document and to a submitted application", async () => {
    const opportunity = await createOpportunity();
    const other = await createOpportunity();
    const student = await createUser();
    actAs(student);
    const foreign = await upload({ opportunityId: opportunity.id, requirementId: other.requiredDocuments[0]!.id }, pdfBytes(), "a.pdf");
    expect(foreign.status).toBe(404);

    const ok = (await (await upload({ opportunityId: opportunity.id, requirementId: opportunity.requiredDocuments[0]!.id }, pdfBytes(), "a.pdf")).json()) as {
      id: string;
      applicationId: string;
    };
    await db.application.update({ where: { id: ok.applicationId }, data: { status: "SUBMITTED" } });
    const late = await upload({ opportunityId: opportunity.id, requirementId: opportunity.requiredDocuments[1]!.id }, pdfBytes(), "b.pdf");
    expect(late.status).toBe(409);
    expect((await remove(ok.id)).status).toBe(409);
    expect(await db.applicationDocument.count({ where: { applicationId: ok.applicationId } })).toBe(1);
  });
});

describe("who may download a document", () => {
  it("serves it to the applicant, the office and a coordinator of the student's unit once submitted; 404 to anyone else", async () => {
    const unit = await createUnit();
    const opportunity = await createOpportunity();
    const owner = await createUser({ unitId: unit.id });
    actAs(owner);
    const { id, applicationId } = (await (await upload({ opportunityId: opportunity.id, requirementId: opportunity.requiredDocuments[0]!.id }, pdfBytes(), "mine.pdf")).json()) as {
      id: string;
      applicationId: string;
    };
    // A draft's documents are the student's own (tests/integration/security-draft-documents.test.ts).
    await db.application.update({ where: { id: applicationId }, data: { status: "SUBMITTED", submittedAt: new Date() } });

    actAs(await createUser({ role: "OFFICER" }));
    expect((await download(id)).status).toBe(200);
    actAs(await createUser({ role: "COORDINATOR", unitId: unit.id }));
    expect((await download(id)).status).toBe(200);

    actAs(await createUser({ role: "COORDINATOR" }));
    expect((await download(id)).status).toBe(404);
    const intruder = await createUser({ unitId: unit.id });
    actAs(intruder);
    expect((await download(id)).status).toBe(404);
    const before = await countAllRows();
    expect((await remove(id)).status).toBe(404);
    expect(await countAllRows()).toEqual(before);
    actAsVisitor();
    expect((await download(id)).status).toBe(401);
  });
});
