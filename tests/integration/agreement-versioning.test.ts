import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAgreementAction, updateAgreementAction } from "@/lib/agreements/actions";
import { getVersionDiff, listAgreementVersions } from "@/lib/agreements/queries";
import { readSnapshot } from "@/lib/agreements/snapshot";
import { db } from "@/lib/db/client";
import { actAs } from "@/tests/helpers/act-as";
import { agreementInput, agreementState, conditionInput, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let otherOfficer: TestUser;
let unitId: string;
let partnerA: { id: string; name: string };
let partnerB: { id: string; name: string };

beforeAll(async () => {
  unitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER", name: "Leyla Officer" });
  otherOfficer = await createUser({ role: "OFFICER", name: "Murad Officer" });
  partnerA = await createTestPartner({ name: "Ghent University" });
  partnerB = await createTestPartner({ name: "University of Bologna", countryCode: "IT" });
});

beforeEach(() => actAs(officer));

async function createDraft(overrides: Parameters<typeof agreementInput>[0] extends infer T ? Partial<T> : never = {}) {
  const input = agreementInput({ unitId, partnerIds: [partnerA.id], ...overrides });
  const result = await createAgreementAction(input as never);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return { id: result.data.id, input };
}

describe("creating an agreement", () => {
  it("stores a draft with partners and conditions, version 1 with its snapshot, and an audit row", async () => {
    const { id, input } = await createDraft({ conditions: [conditionInput(), conditionInput({ mobilityType: "STAFF_TEACHING", level: "", monthsPerPlace: "", daysPerPlace: "7" })] });
    const row = await agreementState(id);
    expect(row).toMatchObject({ status: "DRAFT", version: 1, referenceNumber: input.referenceNumber, noticePeriodDays: 90 });
    expect(row.partners.map((p) => p.partnerId)).toEqual([partnerA.id]);
    // Conditions keep the order they were entered in.
    const conditions = await db.cooperationCondition.findMany({ where: { agreementId: id }, orderBy: { id: "asc" } });
    expect(conditions.map((c) => c.mobilityType)).toEqual(["STUDENT_STUDY", "STAFF_TEACHING"]);
    expect(row.versions).toHaveLength(1);
    const snapshot = readSnapshot(row.versions[0]!.snapshot);
    expect(snapshot).toMatchObject({ status: "DRAFT", startsOn: "2026-09-01", partnerIds: [partnerA.id] });
    expect(snapshot.conditions[1]).toMatchObject({ mobilityType: "STAFF_TEACHING", daysPerPlace: 7, monthsPerPlace: null });
    const audit = await db.auditLog.findFirst({ where: { entityType: "Agreement", entityId: id, action: "agreement.create" } });
    expect(audit?.actorId).toBe(officer.id);
  });

  it("returns field errors next to the fields, nested condition rows included, and writes nothing", async () => {
    const before = await db.agreement.count();
    const input = agreementInput({
      unitId,
      partnerIds: [],
      referenceNumber: "-KU-001",
      endsOn: "2020-01-01",
      renewalType: "BY_NOTICE",
      noticePeriodDays: "",
      conditions: [conditionInput(), conditionInput({ placesPerYear: "0", fromAcademicYear: "2030", toAcademicYear: "2027", iscedCode: "9998" })],
    });
    const result = await createAgreementAction(input as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    // The form shows each field's first message.
    expect(result.fieldErrors?.referenceNumber?.[0]).toBe("agreements.validation.referenceFormat");
    expect(result.fieldErrors).toMatchObject({
      partnerIds: ["agreements.validation.partnersRequired"],
      endsOn: ["common.form.errors.dateOrder"],
      noticePeriodDays: ["agreements.validation.noticeRequired"],
      "conditions.1.placesPerYear": ["common.form.errors.tooSmall|min=1"],
      "conditions.1.toAcademicYear": ["agreements.validation.yearOrder"],
      "conditions.1.iscedCode": ["agreements.validation.iscedCode"],
    });
    expect(result.fieldErrors?.["conditions.0.placesPerYear"]).toBeUndefined();
    expect(await db.agreement.count()).toBe(before);
  });

  it("refuses unknown fields (strict schema) and a reference number already taken", async () => {
    const { input } = await createDraft();
    const extra = await createAgreementAction({ ...agreementInput({ unitId, partnerIds: [partnerA.id] }), status: "ACTIVE" } as never);
    expect(extra).toMatchObject({ ok: false, code: "VALIDATION" });
    const taken = await createAgreementAction(agreementInput({ unitId, partnerIds: [partnerA.id], referenceNumber: String(input.referenceNumber).toLowerCase() }) as never);
    expect(taken).toMatchObject({ ok: false, fieldErrors: { referenceNumber: ["agreements.validation.referenceTaken"] } });
  });

  it("gives a reference number to exactly one of two simultaneous creates; the other is told next to the field", async () => {
    const input = agreementInput({ unitId, partnerIds: [partnerA.id] });
    const results = await Promise.all([createAgreementAction(input as never), createAgreementAction(input as never)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "VALIDATION", fieldErrors: { referenceNumber: ["agreements.validation.referenceTaken"] } });
    expect(await db.agreement.count({ where: { referenceNumber: String(input.referenceNumber) } })).toBe(1);
  });
});

describe("versions and differences", () => {
  it("records a version per save and shows the field-by-field difference between any two", async () => {
    const { id, input } = await createDraft();
    const second = await updateAgreementAction({ ...input, id, version: 1, title: "Erasmus+ agreement with Ghent and Bologna", partnerIds: [partnerA.id, partnerB.id] } as never);
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });
    const third = await updateAgreementAction({ ...input, id, version: 2, title: "Erasmus+ agreement with Ghent and Bologna", partnerIds: [partnerB.id], endsOn: "2032-08-31", conditions: [] } as never);
    expect(third).toMatchObject({ ok: true, data: { version: 3 } });

    const versions = await listAgreementVersions(officer, id);
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions[0]!.changedBy).toBe(officer.name);

    expect(await getVersionDiff(officer, id, 1, 2)).toEqual([
      { kind: "value", field: "title", before: input.title, after: "Erasmus+ agreement with Ghent and Bologna" },
      { kind: "set", field: "partnerIds", added: ["University of Bologna"], removed: [] },
    ]);
    const oneToThree = await getVersionDiff(officer, id, 1, 3);
    expect(oneToThree?.map((entry) => entry.field)).toEqual(["title", "partnerIds", "endsOn", "conditions"]);
    expect(oneToThree?.find((e) => e.field === "partnerIds")).toEqual({ kind: "set", field: "partnerIds", added: ["University of Bologna"], removed: ["Ghent University"] });
    expect(oneToThree?.find((e) => e.field === "conditions")).toMatchObject({ kind: "conditions", added: [], removed: [{ placesPerYear: 2 }] });
    expect(await getVersionDiff(officer, id, 1, 9)).toBeNull();

    const audits = await db.auditLog.findMany({ where: { entityId: id, action: "agreement.update" } });
    expect(audits).toHaveLength(2);
  });
});

describe("two officers editing the same agreement", () => {
  it("refuses a save made from an outdated version, saying who changed what, and keeps the winner's data", async () => {
    const { id, input } = await createDraft();
    actAs(otherOfficer);
    expect(await updateAgreementAction({ ...input, id, version: 1, endsOn: "2030-08-31" } as never)).toMatchObject({ ok: true });

    actAs(officer);
    const stale = await updateAgreementAction({ ...input, id, version: 1, title: "My edit" } as never);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.code).toBe("CONFLICT");
    expect(stale.formError).toBe("agreements.errors.staleVersion");
    expect(stale.values).toMatchObject({ yourVersion: 1, currentVersion: 2, changedBy: otherOfficer.name });
    expect(JSON.parse(String(stale.values?.changes))).toEqual([{ kind: "value", field: "endsOn", before: "2031-08-31", after: "2030-08-31" }]);
    const row = await agreementState(id);
    expect(row.title).toBe(input.title);
    expect(row.version).toBe(2);
  });

  it("lets exactly one of two simultaneous saves from the same version win; the other gets CONFLICT with the changes", async () => {
    const { id, input } = await createDraft();
    const [a, b] = await Promise.all([
      updateAgreementAction({ ...input, id, version: 1, title: "Edit by the first officer" } as never),
      updateAgreementAction({ ...input, id, version: 1, title: "Edit by the second officer", internalNotes: "Call the partner" } as never),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const loser = losers[0]!;
    if (loser.ok) return;
    expect(loser.code).toBe("CONFLICT");
    const changes = JSON.parse(String(loser.values?.changes)) as { field: string }[];
    expect(changes.map((c) => c.field)).toContain("title");

    const row = await agreementState(id);
    expect(row.version).toBe(2);
    expect(row.versions.map((v) => v.version)).toEqual([1, 2]);
    const winnerTitle = a.ok ? "Edit by the first officer" : "Edit by the second officer";
    expect(row.title).toBe(winnerTitle);
  });
});
