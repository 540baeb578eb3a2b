import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { ensureInstitution } from "@/tests/helpers/factories";
import { can } from "@/lib/permissions";
import { getStaffOpportunity, listStaffOpportunities } from "@/lib/opportunities/queries";
import { createOpportunitySchema, updateOpportunitySchema } from "@/lib/opportunities/schemas";
import {
  createOpportunity,
  deleteOpportunity,
  duplicateOpportunity,
  transitionOpportunity,
  updateOpportunity,
} from "@/lib/opportunities/service";
import {
  createAgreement,
  createOpportunity as makeOpportunity,
  createPartner,
  createProgram,
  createUnit,
  createUser,
  daysFromNow,
  localDateTime,
  opportunityInput,
} from "../helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: SessionUser;
let student: SessionUser;
let coordinator: SessionUser;
let unitA: string;
let unitB: string;
let programId: string;

beforeAll(async () => {
  unitA = (await createUnit()).id;
  unitB = (await createUnit()).id;
  officer = await createUser("OFFICER");
  student = await createUser("STUDENT");
  coordinator = await createUser("COORDINATOR", { unitId: unitA });
  programId = (await createProgram()).id;
});

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

function createInput(overrides: Record<string, unknown> = {}) {
  return createOpportunitySchema.parse(opportunityInput({ programId, ...overrides }));
}

async function snapshot(id: string) {
  return db.opportunity.findUniqueOrThrow({ where: { id }, include: { requiredDocuments: true } });
}

describe("the call's window in the institution's time zone", () => {
  it("reads typed times and a bare deadline day in Asia/Baku, not in the server's zone", async () => {
    await ensureInstitution();
    await db.institution.update({ where: { id: 1 }, data: { timeZone: "Asia/Baku" } });
    const { id } = await createOpportunity(officer, createInput({ opensAt: "2027-02-01T09:00", closesAt: "2027-03-15" }));
    const row = await snapshot(id);
    expect(row.opensAt.toISOString()).toBe("2027-02-01T05:00:00.000Z");
    // A deadline given as a day is the end of that day in Baku (UTC+4).
    expect(row.closesAt.toISOString()).toBe("2027-03-15T19:59:59.000Z");
  });
});

describe("creating and editing", () => {
  it("creates a draft with its documents and criteria keys, and audits it", async () => {
    const partner = await createPartner();
    const agreement = await createAgreement({ partnerIds: [partner.id] });
    const { id } = await createOpportunity(officer, createInput({ partnerId: partner.id, agreementId: agreement.id, unitId: unitA }));
    const row = await snapshot(id);
    expect(row.status).toBe("DRAFT");
    expect(row.version).toBe(1);
    expect(row.agreementId).toBe(agreement.id);
    expect(row.requiredDocuments.map((doc) => doc.name)).toEqual(["Transcript"]);
    expect(row.selectionCriteria).toEqual([
      { key: "gpa", label: "GPA", weight: 50 },
      { key: "motivation-letter", label: "Motivation letter", weight: 50 },
    ]);
    const audit = await db.auditLog.findFirst({ where: { entityType: "Opportunity", entityId: id, action: "opportunity.create" } });
    expect(audit?.actorId).toBe(officer.id);
  });

  it("offers only an ACTIVE agreement of the chosen partner", async () => {
    const partner = await createPartner();
    const expired = await createAgreement({ partnerIds: [partner.id], status: "EXPIRED" });
    const otherPartners = await createAgreement();
    const notActive = await expectAppError(createOpportunity(officer, createInput({ partnerId: partner.id, agreementId: expired.id })), "VALIDATION");
    expect(notActive.fieldErrors).toEqual({ agreementId: ["opportunities.validation.agreementNotActive"] });
    const otherPartner = await expectAppError(
      createOpportunity(officer, createInput({ partnerId: partner.id, agreementId: otherPartners.id })),
      "VALIDATION",
    );
    expect(otherPartner.fieldErrors).toEqual({ agreementId: ["opportunities.validation.agreementOtherPartner"] });
  });

  it("refuses criteria weights that do not sum to 100, next to the field", () => {
    const result = createOpportunitySchema.safeParse(
      opportunityInput({ programId, selectionCriteria: [{ label: "GPA", weight: "60" }, { label: "Motivation", weight: "30" }] }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
      "selectionCriteria",
      "opportunities.validation.weightsSum",
    ]);
  });

  it("refuses unknown fields (strict schema)", () => {
    expect(createOpportunitySchema.safeParse({ ...opportunityInput({ programId }), status: "PUBLISHED" }).success).toBe(false);
  });

  it("detects a concurrent edit through the version and keeps the first save", async () => {
    const { id } = await createOpportunity(officer, createInput());
    const first = updateOpportunitySchema.parse({ ...opportunityInput({ programId, title: "First edit" }), id, version: 1 });
    const second = updateOpportunitySchema.parse({ ...opportunityInput({ programId, title: "Second edit" }), id, version: 1 });
    await expect(updateOpportunity(officer, first)).resolves.toEqual({ id, version: 2 });
    const stale = await expectAppError(updateOpportunity(officer, second), "CONFLICT");
    expect(stale.messageKey).toBe("common.form.errors.stale");
    expect((await snapshot(id)).title).toBe("First edit");
  });

  it("keeps existing document ids on edit, so uploads stay linked", async () => {
    const { id } = await createOpportunity(officer, createInput());
    const [transcript] = (await snapshot(id)).requiredDocuments;
    const input = updateOpportunitySchema.parse({
      ...opportunityInput({ programId }),
      id,
      version: 1,
      requiredDocuments: [
        { id: transcript!.id, name: "Transcript of records", description: "", isMandatory: true },
        { name: "CV", description: "Europass", isMandatory: false },
      ],
    });
    await updateOpportunity(officer, input);
    const docs = (await snapshot(id)).requiredDocuments.sort((a, b) => a.sortOrder - b.sortOrder);
    expect(docs.map((doc) => [doc.name, doc.isMandatory])).toEqual([
      ["Transcript of records", true],
      ["CV", false],
    ]);
    expect(docs[0]!.id).toBe(transcript!.id);
  });
});

describe("lifecycle", () => {
  it("publishes a draft with a valid window and at least one place, then closes it", async () => {
    const { id } = await createOpportunity(officer, createInput());
    await expect(transitionOpportunity(officer, { id, version: 1 }, "publish")).resolves.toMatchObject({ status: "PUBLISHED", version: 2 });
    await expect(transitionOpportunity(officer, { id, version: 2 }, "close")).resolves.toMatchObject({ status: "CLOSED", version: 3 });
    const actions = await db.auditLog.findMany({ where: { entityId: id }, select: { action: true }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["opportunity.create", "opportunity.publish", "opportunity.close"]);
  });

  it("refuses to publish with an ended window, leaving the row and the audit log unchanged", async () => {
    const ended = await makeOpportunity({ programId, status: "DRAFT", opensAt: daysFromNow(-20), closesAt: daysFromNow(-1) });
    const before = await snapshot(ended.id);
    const error = await expectAppError(transitionOpportunity(officer, { id: ended.id, version: 1 }, "publish"), "VALIDATION");
    expect(error.fieldErrors).toEqual({ closesAt: ["opportunities.lifecycle.errors.windowEnded"] });
    // The buttons have no field to mark, so the message says what is wrong.
    expect(error.messageKey).toBe("opportunities.lifecycle.errors.windowEnded");
    expect(await snapshot(ended.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: ended.id } })).toBe(0);
  });

  it("refuses a call without places already in the form (the database holds places > 0 too)", () => {
    const result = createOpportunitySchema.safeParse(opportunityInput({ programId, places: "0" }));
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["places", "common.form.errors.tooSmall|min=1"],
    ]);
  });

  it("refuses transitions out of order: close a draft, publish or reopen a closed call, edit a closed call", async () => {
    const draft = await makeOpportunity({ programId, status: "DRAFT" });
    const closed = await makeOpportunity({ programId, status: "CLOSED" });
    await expectAppError(transitionOpportunity(officer, { id: draft.id, version: 1 }, "close"), "CONFLICT");
    await expectAppError(transitionOpportunity(officer, { id: closed.id, version: 1 }, "publish"), "CONFLICT");
    await expectAppError(transitionOpportunity(officer, { id: closed.id, version: 1 }, "close"), "CONFLICT");
    const edit = updateOpportunitySchema.parse({ ...opportunityInput({ programId }), id: closed.id, version: 1 });
    const error = await expectAppError(updateOpportunity(officer, edit), "CONFLICT");
    expect(error.messageKey).toBe("opportunities.lifecycle.errors.closedIsFinal");
    expect((await snapshot(draft.id)).status).toBe("DRAFT");
    expect((await snapshot(closed.id)).status).toBe("CLOSED");
    expect((await snapshot(closed.id)).version).toBe(1);
  });

  it("refuses a transition from a stale version", async () => {
    const draft = await makeOpportunity({ programId, status: "DRAFT", version: 4 });
    await expectAppError(transitionOpportunity(officer, { id: draft.id, version: 3 }, "publish"), "CONFLICT");
    expect((await snapshot(draft.id)).status).toBe("DRAFT");
  });

  it("keeps a published call publishable on edit", async () => {
    const published = await makeOpportunity({ programId, status: "PUBLISHED" });
    const edit = updateOpportunitySchema.parse({
      ...opportunityInput({ programId, opensAt: localDateTime(daysFromNow(-10)), closesAt: localDateTime(daysFromNow(-2)) }),
      id: published.id,
      version: 1,
    });
    const error = await expectAppError(updateOpportunity(officer, edit), "VALIDATION");
    expect(error.fieldErrors).toEqual({ closesAt: ["opportunities.lifecycle.errors.windowEnded"] });
    expect((await snapshot(published.id)).closesAt).toEqual(published.closesAt);
  });

  it("duplicates a closed call as next year's draft", async () => {
    const partner = await createPartner();
    const agreement = await createAgreement({ partnerIds: [partner.id] });
    const source = await makeOpportunity({
      programId,
      partnerId: partner.id,
      agreementId: agreement.id,
      status: "CLOSED",
      title: "Fall 2026 exchange",
      academicYear: 2026,
      academicPeriod: "Fall 2026",
      translations: { az: { title: "Payız 2026 mübadiləsi", academicPeriod: "Payız 2026", description: "2025-ci ildən bəri" }, ru: { title: "Обмен осенью 2026" } },
      opensAt: new Date("2026-02-01T09:00:00Z"),
      closesAt: new Date("2026-03-15T23:59:00Z"),
    });
    const { id } = await duplicateOpportunity(officer, source.id);
    const copy = await snapshot(id);
    expect(copy).toMatchObject({
      status: "DRAFT",
      version: 1,
      title: "Fall 2027 exchange",
      academicYear: 2027,
      academicPeriod: "Fall 2027",
      agreementId: agreement.id,
      places: source.places,
      // The titles and periods in the other languages move on a year too; other texts are copied.
      translations: { az: { title: "Payız 2027 mübadiləsi", academicPeriod: "Payız 2027", description: "2025-ci ildən bəri" }, ru: { title: "Обмен осенью 2027" } },
    });
    expect(copy.opensAt.toISOString()).toBe("2027-02-01T09:00:00.000Z");
    expect(copy.closesAt.toISOString()).toBe("2027-03-15T23:59:00.000Z");
    expect(copy.requiredDocuments.map((doc) => doc.name).sort()).toEqual(source.requiredDocuments.map((doc) => doc.name).sort());
    expect((await snapshot(source.id)).status).toBe("CLOSED");
  });

  it("deletes only drafts", async () => {
    const draft = await makeOpportunity({ programId, status: "DRAFT" });
    const published = await makeOpportunity({ programId, status: "PUBLISHED" });
    await deleteOpportunity(officer, { id: draft.id, version: 1 });
    expect(await db.opportunity.findUnique({ where: { id: draft.id } })).toBeNull();
    await expectAppError(deleteOpportunity(officer, { id: published.id, version: 1 }), "CONFLICT");
    expect(await db.opportunity.findUnique({ where: { id: published.id } })).not.toBeNull();
  });
});

describe("who may do what", () => {
  it("shows a coordinator only their unit's calls, drafts included, and hides others' by id", async () => {
    const own = await makeOpportunity({ programId, unitId: unitA, status: "DRAFT" });
    const other = await makeOpportunity({ programId, unitId: unitB, status: "PUBLISHED" });
    const list = await listStaffOpportunities(coordinator, { page: 1 });
    const ids = list.rows.map((row) => row.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    expect(list.rows.every((row) => row.unit?.id === unitA)).toBe(true);
    await expect(getStaffOpportunity(coordinator, own.id)).resolves.toMatchObject({ id: own.id });
    await expectAppError(getStaffOpportunity(coordinator, other.id), "NOT_FOUND");
    const officerList = await listStaffOpportunities(officer, { page: 1, q: undefined });
    expect(officerList.total).toBeGreaterThan(list.total);
  });

  it("never lets a coordinator write another unit's call", async () => {
    const other = await makeOpportunity({ programId, unitId: unitB, status: "DRAFT" });
    await expectAppError(transitionOpportunity(coordinator, { id: other.id, version: 1 }, "publish"), "NOT_FOUND");
    await expectAppError(duplicateOpportunity(coordinator, other.id), "NOT_FOUND");
    const edit = updateOpportunitySchema.parse({ ...opportunityInput({ programId }), id: other.id, version: 1 });
    await expectAppError(updateOpportunity(coordinator, edit), "NOT_FOUND");
    await expectAppError(createOpportunity(coordinator, createInput({ unitId: unitB })), "FORBIDDEN");
    expect(await snapshot(other.id)).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("lets a coordinator create for their own unit exactly when the permission table grants it", async () => {
    const attempt = createOpportunity(coordinator, createInput());
    if (can(coordinator, "opportunity:create", { unitId: unitA })) {
      const { id } = await attempt;
      expect((await snapshot(id)).unitId).toBe(unitA);
    } else {
      await expectAppError(attempt, "FORBIDDEN");
    }
  });

  it("refuses students and visitors at the action's gate", async () => {
    const { createOpportunityAction, publishOpportunityAction } = await import("@/lib/opportunities/actions");
    const draft = await makeOpportunity({ programId, status: "DRAFT" });
    actAs(student);
    expect(await createOpportunityAction(opportunityInput({ programId }) as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publishOpportunityAction({ id: draft.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAsVisitor();
    expect(await publishOpportunityAction({ id: draft.id, version: 1 })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(officer);
    expect(await publishOpportunityAction({ id: draft.id, version: 1 })).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    actAsVisitor();
  });
});
