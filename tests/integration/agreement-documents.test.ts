import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as download } from "@/app/api/agreements/[id]/documents/[versionId]/route";
import { POST as upload } from "@/app/api/agreements/[id]/documents/route";
import { listAgreementDocuments } from "@/lib/documents/queries";
import { db } from "@/lib/db/client";
import { actAs } from "@/tests/helpers/act-as";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { exeBytes, pdfBytes } from "@/tests/helpers/application-factories";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

// A small limit keeps the size test quick; env() reads it on first use, after this line.
process.env.UPLOAD_MAX_MB = "1";

const ORIGIN = "http://localhost:3000";

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;
let ownAgreement: string;
let otherAgreement: string;

beforeAll(async () => {
  const ownUnit = (await createUnit()).id;
  const otherUnit = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: ownUnit });
  student = await createUser({ role: "STUDENT", unitId: ownUnit });
  const partner = await createTestPartner();
  ownAgreement = (await createStoredAgreement({ unitId: ownUnit, partnerIds: [partner.id] })).id;
  otherAgreement = (await createStoredAgreement({ unitId: otherUnit, partnerIds: [partner.id] })).id;
});

function uploadRequest(agreementId: string, file: { bytes: Uint8Array; name: string; type?: string }, fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? "application/pdf" }));
  form.set("title", fields.title ?? "Signed agreement");
  form.set("kind", fields.kind ?? "SIGNED");
  if (fields.documentId) form.set("documentId", fields.documentId);
  const request = new Request(`${ORIGIN}/api/agreements/${agreementId}/documents`, { method: "POST", body: form, headers: { origin: ORIGIN, ...headers } });
  return upload(request, { params: Promise.resolve({ id: agreementId }) });
}

function downloadRequest(agreementId: string, versionId: string) {
  return download(new Request(`${ORIGIN}/api/agreements/${agreementId}/documents/${versionId}`), {
    params: Promise.resolve({ id: agreementId, versionId }),
  });
}

describe("uploading agreement documents", () => {
  it("stores an upload as version 1 of a new document, and the next upload as version 2", async () => {
    actAs(officer);
    const first = await uploadRequest(ownAgreement, { bytes: pdfBytes(), name: "signed scan.pdf" });
    expect(first.status).toBe(201);
    const { documentId, version } = (await first.json()) as { documentId: string; version: number };
    expect(version).toBe(1);
    const second = await uploadRequest(ownAgreement, { bytes: pdfBytes(10), name: "signed scan v2.pdf" }, { documentId });
    expect(second.status).toBe(201);
    expect(await second.json()).toMatchObject({ documentId, version: 2 });

    const documents = await listAgreementDocuments(officer, ownAgreement);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.versions.map((v) => [v.version, v.file.fileName, v.file.mimeType])).toEqual([
      [2, "signed scan v2.pdf", "application/pdf"],
      [1, "signed scan.pdf", "application/pdf"],
    ]);
    expect(await db.auditLog.count({ where: { entityId: ownAgreement, action: "agreement.document.upload" } })).toBe(2);
  });

  it("refuses a file whose content is not an accepted type, whatever its name, and writes nothing", async () => {
    actAs(officer);
    const before = await countAllRows();
    const response = await uploadRequest(ownAgreement, { bytes: exeBytes(), name: "scan.pdf" });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "VALIDATION", fieldErrors: { file: ["agreements.documents.errors.type"] } });
    expect(await countAllRows()).toEqual(before);
  });

  it("refuses a file over UPLOAD_MAX_MB, by its declared length and by its real size", async () => {
    actAs(officer);
    const before = await countAllRows();
    const declared = await uploadRequest(ownAgreement, { bytes: pdfBytes(), name: "big.pdf" }, {}, { "content-length": String(50 * 1024 * 1024) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ fieldErrors: { file: ["agreements.documents.errors.tooLarge"] }, values: { maxMb: 1 } });
    const real = await uploadRequest(ownAgreement, { bytes: pdfBytes(1024 * 1024), name: "big.pdf" });
    expect(real.status).toBe(422);
    expect(await real.json()).toMatchObject({ fieldErrors: { file: ["agreements.documents.errors.tooLarge"] } });
    expect(await countAllRows()).toEqual(before);
  });

  it("lets a coordinator upload to their unit's agreements only", async () => {
    actAs(coordinator);
    expect((await uploadRequest(ownAgreement, { bytes: pdfBytes(), name: "draft.pdf" }, { kind: "DRAFT", title: "Draft" })).status).toBe(201);
    const before = await countAllRows();
    expect((await uploadRequest(otherAgreement, { bytes: pdfBytes(), name: "draft.pdf" })).status).toBe(404);
    actAs(student);
    expect((await uploadRequest(ownAgreement, { bytes: pdfBytes(), name: "draft.pdf" })).status).toBe(403);
    actAs(null);
    expect((await uploadRequest(ownAgreement, { bytes: pdfBytes(), name: "draft.pdf" })).status).toBe(401);
    expect(await countAllRows()).toEqual(before);
  });

  it("refuses a cross-site upload", async () => {
    actAs(officer);
    const response = await uploadRequest(ownAgreement, { bytes: pdfBytes(), name: "x.pdf" }, {}, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });
});

describe("downloading agreement documents", () => {
  let ownVersion: string;
  let otherVersion: string;
  const bytes = pdfBytes(42);

  beforeAll(async () => {
    actAs(officer);
    const own = (await (await uploadRequest(ownAgreement, { bytes, name: "Anlaşma — imzalı.pdf" })).json()) as { versionId: string };
    const other = (await (await uploadRequest(otherAgreement, { bytes, name: "other.pdf" })).json()) as { versionId: string };
    ownVersion = own.versionId;
    otherVersion = other.versionId;
  });

  it("serves the file as an attachment with its stored type to those who may read the agreement", async () => {
    actAs(officer);
    const response = await downloadRequest(ownAgreement, ownVersion);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Anla_ma _ imzal_.pdf"; filename\*=UTF-8''Anla%C5%9Fma%20%E2%80%94%20imzal%C4%B1.pdf$/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    actAs(coordinator);
    expect((await downloadRequest(ownAgreement, ownVersion)).status).toBe(200);
  });

  it("answers 404 to a coordinator of another unit, also when the ids are mixed up, and refuses students and visitors", async () => {
    actAs(coordinator);
    expect((await downloadRequest(otherAgreement, otherVersion)).status).toBe(404);
    expect((await downloadRequest(ownAgreement, otherVersion)).status).toBe(404);
    expect((await downloadRequest(ownAgreement, "not-a-uuid")).status).toBe(404);
    actAs(student);
    expect((await downloadRequest(ownAgreement, ownVersion)).status).toBe(404);
    actAs(null);
    expect((await downloadRequest(ownAgreement, ownVersion)).status).toBe(401);
  });
});
