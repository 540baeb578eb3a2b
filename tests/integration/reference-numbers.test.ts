import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAgreementAction, updateAgreementAction } from "@/lib/agreements/actions";
import { proposeReferenceNumbers } from "@/lib/agreements/reference-number";
import { db } from "@/lib/db/client";
import { yearIn } from "@/lib/institution/reference-pattern";
import { getInstitutionSettings } from "@/lib/institution/settings";
import { updateInstitutionSettingsAction } from "@/lib/institution/settings-actions";
import { actAs } from "@/tests/helpers/act-as";
import { agreementInput, createTestPartner } from "@/tests/helpers/agreement-factories";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 10: reference numbers were typed by hand, even for a coordinator's proposal. They now come
 * from the pattern the admin sets; the office may still type its own, unit staff may not.
 */

let admin: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let partnerId: string;
let unit: { id: string; code: string };
const year = yearIn("Asia/Baku", new Date());

async function setPattern(pattern: string) {
  await db.institution.update({ where: { id: 1 }, data: { agreementReferencePattern: pattern } });
}

async function create(user: TestUser, overrides: Partial<Parameters<typeof agreementInput>[0]> = {}) {
  actAs(user);
  const result = await createAgreementAction(agreementInput({ unitId: user.unitId ?? unit.id, partnerIds: [partnerId], ...overrides }) as never);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.agreement.findUniqueOrThrow({ where: { id: result.data.id }, select: { id: true, referenceNumber: true, version: true, unitId: true } });
}

beforeAll(async () => {
  await ensureInstitution();
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
  unit = await createUnit({ code: "SEAS" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unit.id });
  partnerId = (await createTestPartner()).id;
});

beforeEach(() => setPattern("KU-IRO-{year}-{seq}"));

describe("numbering new agreements from the pattern", () => {
  it("gives a coordinator's proposal the pattern's next number, whatever the form sent", async () => {
    const first = await create(coordinator, { referenceNumber: "MY-OWN-NUMBER" });
    expect(first.referenceNumber).toBe(`KU-IRO-${year}-001`);
    const second = await create(coordinator, { referenceNumber: "" });
    expect(second.referenceNumber).toBe(`KU-IRO-${year}-002`);
  });

  it("lets an officer leave it blank for the next number, or type another", async () => {
    const blank = await create(officer, { referenceNumber: "", unitId: unit.id });
    expect(blank.referenceNumber).toMatch(new RegExp(`^KU-IRO-${year}-\\d{3}$`));
    const typed = await create(officer, { referenceNumber: "KU-IRO-SPECIAL-7", unitId: unit.id });
    expect(typed.referenceNumber).toBe("KU-IRO-SPECIAL-7");
    // A number typed by hand in the pattern's form moves the sequence on.
    await create(officer, { referenceNumber: `ku-iro-${year}-040`, unitId: unit.id });
    expect((await create(officer, { referenceNumber: "", unitId: unit.id })).referenceNumber).toBe(`KU-IRO-${year}-041`);
  });

  it("never gives two simultaneous creates the same number", async () => {
    actAs(coordinator);
    const inputs = Array.from({ length: 6 }, () => agreementInput({ unitId: unit.id, partnerIds: [partnerId], referenceNumber: "" }));
    const results = await Promise.all(inputs.map((input) => createAgreementAction(input as never)));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    const ids = results.map((result) => (result.ok ? result.data.id : ""));
    const references = (await db.agreement.findMany({ where: { id: { in: ids } }, select: { referenceNumber: true } })).map((row) => row.referenceNumber);
    expect(new Set(references).size).toBe(6);
    for (const reference of references) expect(reference).toMatch(new RegExp(`^KU-IRO-${year}-\\d{3}$`));
  });

  it("numbers each unit on its own when the pattern names the unit, and proposes the next per unit", async () => {
    await setPattern("{unit}/{year}/{seq}");
    const law = await createUnit({ code: "LAW" });
    expect((await create(officer, { unitId: unit.id, referenceNumber: "" })).referenceNumber).toBe(`SEAS/${year}/001`);
    expect((await create(officer, { unitId: unit.id, referenceNumber: "" })).referenceNumber).toBe(`SEAS/${year}/002`);
    expect((await create(officer, { unitId: law.id, referenceNumber: "" })).referenceNumber).toBe(`LAW/${year}/001`);
    expect(await proposeReferenceNumbers([{ id: unit.id, code: "SEAS" }, law])).toEqual({ [unit.id]: `SEAS/${year}/003`, [law.id]: `LAW/${year}/002` });
  });

  it("keeps a coordinator from changing the number of their draft; the office may", async () => {
    const draft = await create(coordinator, { referenceNumber: "" });
    actAs(coordinator);
    const base = agreementInput({ unitId: unit.id, partnerIds: [partnerId] });
    const changed = await updateAgreementAction({ ...base, referenceNumber: "MINE-1", id: draft.id, version: 1 } as never);
    expect(changed).toMatchObject({ ok: false, fieldErrors: { referenceNumber: ["agreements.validation.referenceFixed"] } });
    const kept = await updateAgreementAction({ ...base, referenceNumber: draft.referenceNumber, id: draft.id, version: 1, title: "Edited" } as never);
    expect(kept).toMatchObject({ ok: true });
    actAs(officer);
    expect(await updateAgreementAction({ ...base, referenceNumber: "KU-IRO-FIXED-1", id: draft.id, version: 2 } as never)).toMatchObject({ ok: true });
  });
});

describe("the admin's pattern setting", () => {
  it("saves a pattern that numbers uniquely, with an audit row", async () => {
    actAs(admin);
    const { updatedAt } = await getInstitutionSettings(admin);
    const saved = await updateInstitutionSettingsAction({ agreementReferencePattern: "KU-{year}-{seq}", updatedAt });
    expect(saved).toMatchObject({ ok: true, data: { agreementReferencePattern: "KU-{year}-{seq}" } });
    expect(await db.auditLog.count({ where: { action: "institution.update", entityType: "Institution", actorId: admin.id } })).toBe(1);
  });

  it("refuses a pattern without {seq} next to the field, and a save over a newer one", async () => {
    actAs(admin);
    const { updatedAt } = await getInstitutionSettings(admin);
    expect(await updateInstitutionSettingsAction({ agreementReferencePattern: "KU-{year}", updatedAt })).toMatchObject({
      ok: false,
      fieldErrors: { agreementReferencePattern: ["admin.settings.validation.seqOnce"] },
    });
    expect(await updateInstitutionSettingsAction({ agreementReferencePattern: "KU-{seq}", updatedAt: new Date(0).toISOString() })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("is the admin's alone: officers and coordinators are refused and nothing changes", async () => {
    const before = await countAllRows();
    const { agreementReferencePattern } = await db.institution.findUniqueOrThrow({ where: { id: 1 } });
    for (const user of [officer, coordinator]) {
      actAs(user);
      expect(await updateInstitutionSettingsAction({ agreementReferencePattern: "X-{seq}", updatedAt: new Date().toISOString() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.institution.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ agreementReferencePattern });
    expect(await countAllRows()).toEqual(before);
  });
});
