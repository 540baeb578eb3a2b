import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { renewAgreementAction, transitionAgreementAction } from "@/lib/agreements/actions";
import { addDays, todayIso, toIsoDay } from "@/lib/agreements/dates";
import { readSnapshot } from "@/lib/agreements/snapshot";
import { db } from "@/lib/db/client";
import { actAs } from "@/tests/helpers/act-as";
import { agreementState, createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let coordinator: TestUser;
let unitId: string;
let partnerId: string;
const today = todayIso();

beforeAll(async () => {
  unitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId });
  partnerId = (await createTestPartner()).id;
});

beforeEach(() => actAs(officer));

async function move(id: string, to: string, extra: Record<string, string> = {}) {
  const { version } = await db.agreement.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return transitionAgreementAction({ id, version, to, ...extra } as never);
}

describe("agreement lifecycle through the action", () => {
  it("walks DRAFT → IN_NEGOTIATION → AWAITING_SIGNATURE → ACTIVE, versioning and auditing each step", async () => {
    const { id } = await createStoredAgreement({ unitId, partnerIds: [partnerId], signedOn: addDays(today, -3), startsOn: today, endsOn: addDays(today, 1800) });
    for (const to of ["IN_NEGOTIATION", "AWAITING_SIGNATURE", "ACTIVE"]) {
      expect(await move(id, to)).toMatchObject({ ok: true });
    }
    const row = await agreementState(id);
    expect(row.status).toBe("ACTIVE");
    expect(row.version).toBe(4);
    expect(row.versions.map((v) => readSnapshot(v.snapshot).status)).toEqual(["DRAFT", "IN_NEGOTIATION", "AWAITING_SIGNATURE", "ACTIVE"]);
    const audits = await db.auditLog.findMany({ where: { entityId: id, action: "agreement.transition" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => (a.after as { status: string }).status)).toEqual(["IN_NEGOTIATION", "AWAITING_SIGNATURE", "ACTIVE"]);
  });

  it("refuses to activate without signing and start dates, and skipping steps; nothing changes", async () => {
    const { id } = await createStoredAgreement({ unitId, partnerIds: [partnerId], status: "AWAITING_SIGNATURE" });
    const before = await agreementState(id);
    expect(await move(id, "ACTIVE")).toMatchObject({ ok: false, code: "VALIDATION", formError: "agreements.lifecycle.blocked.needsSigningDate" });
    const draft = await createStoredAgreement({ unitId, partnerIds: [partnerId], signedOn: today, startsOn: today });
    expect(await move(draft.id, "ACTIVE")).toMatchObject({ ok: false, code: "VALIDATION", formError: "agreements.lifecycle.blocked.notAllowed" });
    expect(await agreementState(id)).toEqual(before);
  });

  it("allows sensible steps back, terminates with a date, and keeps EXPIRED and TERMINATED final", async () => {
    const { id } = await createStoredAgreement({ unitId, partnerIds: [partnerId], status: "IN_NEGOTIATION" });
    expect(await move(id, "DRAFT")).toMatchObject({ ok: true });

    const active = await createStoredAgreement({ unitId, partnerIds: [partnerId], status: "ACTIVE", signedOn: "2020-01-01", startsOn: "2020-02-01", endsOn: addDays(today, 300) });
    expect(await move(active.id, "EXPIRED")).toMatchObject({ ok: false, formError: "agreements.lifecycle.blocked.notEndedYet" });
    expect(await move(active.id, "TERMINATED", { terminatedOn: addDays(today, -1) })).toMatchObject({ ok: true });
    const terminated = await db.agreement.findUniqueOrThrow({ where: { id: active.id } });
    expect(terminated.status).toBe("TERMINATED");
    expect(toIsoDay(terminated.terminatedOn)).toBe(addDays(today, -1));
    for (const to of ["ACTIVE", "DRAFT", "EXPIRED"]) {
      expect(await move(active.id, to)).toMatchObject({ ok: false, formError: "agreements.lifecycle.blocked.notAllowed" });
    }

    const lapsed = await createStoredAgreement({ unitId, partnerIds: [partnerId], status: "ACTIVE", signedOn: "2019-01-01", startsOn: "2019-02-01", endsOn: addDays(today, -2) });
    expect(await move(lapsed.id, "EXPIRED")).toMatchObject({ ok: true });
    expect(await move(lapsed.id, "ACTIVE")).toMatchObject({ ok: false, formError: "agreements.lifecycle.blocked.notAllowed" });
  });

  it("refuses a move made from an outdated version", async () => {
    const { id } = await createStoredAgreement({ unitId, partnerIds: [partnerId] });
    expect(await transitionAgreementAction({ id, version: 1, to: "IN_NEGOTIATION" })).toMatchObject({ ok: true });
    expect(await transitionAgreementAction({ id, version: 1, to: "IN_NEGOTIATION" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("lets a coordinator send their unit's draft into negotiation, and nothing further", async () => {
    actAs(coordinator);
    const { id } = await createStoredAgreement({ unitId, partnerIds: [partnerId], signedOn: today, startsOn: today });
    expect(await move(id, "AWAITING_SIGNATURE")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await move(id, "IN_NEGOTIATION")).toMatchObject({ ok: true });
    expect(await move(id, "AWAITING_SIGNATURE")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await move(id, "DRAFT")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).status).toBe("IN_NEGOTIATION");
  });
});

describe("renewal", () => {
  it("creates a linked DRAFT successor pre-filled from the agreement, with a new reference and shifted dates", async () => {
    const original = await createStoredAgreement({
      unitId,
      partnerIds: [partnerId],
      status: "ACTIVE",
      referenceNumber: "KU-IRO-2021-077",
      signedOn: "2021-08-15",
      startsOn: "2021-09-01",
      endsOn: "2026-08-31",
      renewalType: "BY_NOTICE",
      noticePeriodDays: 120,
      responsibleId: officer.id,
      conditions: [{ direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 3, monthsPerPlace: 5, fromAcademicYear: 2021, toAcademicYear: 2025 }],
    });
    const result = await renewAgreementAction({ id: original.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const successor = await db.agreement.findUniqueOrThrow({ where: { id: result.data.id }, include: { partners: true, conditions: true, versions: true } });
    expect(successor).toMatchObject({
      status: "DRAFT",
      predecessorId: original.id,
      referenceNumber: "KU-IRO-2021-077-R1",
      unitId,
      responsibleId: officer.id,
      renewalType: "BY_NOTICE",
      noticePeriodDays: 120,
      signedOn: null,
      version: 1,
    });
    const start = toIsoDay(successor.startsOn)!;
    expect(start >= "2026-09-01").toBe(true);
    expect(successor.partners.map((p) => p.partnerId)).toEqual([partnerId]);
    expect(successor.conditions).toHaveLength(1);
    expect(successor.conditions[0]).toMatchObject({ placesPerYear: 3 });
    expect(successor.conditions[0]!.fromAcademicYear! - 2021).toBe(successor.conditions[0]!.toAcademicYear! - 2025);
    expect(successor.conditions[0]!.fromAcademicYear).toBeGreaterThan(2021);
    expect(successor.versions).toHaveLength(1);
    const linked = await db.agreement.findUniqueOrThrow({ where: { id: original.id }, select: { successor: { select: { id: true } }, status: true } });
    expect(linked).toEqual({ successor: { id: successor.id }, status: "ACTIVE" });
  });

  it("renews an agreement only once, and never a draft", async () => {
    const expired = await createStoredAgreement({ unitId, partnerIds: [partnerId], status: "EXPIRED", startsOn: "2018-01-01", endsOn: "2022-12-31" });
    const [a, b] = await Promise.all([renewAgreementAction({ id: expired.id }), renewAgreementAction({ id: expired.id })]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "CONFLICT", formError: "agreements.errors.alreadyRenewed" });
    expect(await db.agreement.count({ where: { predecessorId: expired.id } })).toBe(1);
    const draft = await createStoredAgreement({ unitId, partnerIds: [partnerId] });
    expect(await renewAgreementAction({ id: draft.id })).toMatchObject({ ok: false, formError: "agreements.errors.cannotRenew" });
  });
});
