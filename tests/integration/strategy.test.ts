import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fromIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StrategyMetric } from "@/lib/generated/prisma/enums";
import { computeActuals } from "@/lib/strategy/actuals";
import {
  createGoalAction,
  createIndicatorAction,
  deleteActualAction,
  deleteGoalAction,
  saveActualAction,
  updateGoalAction,
  updateIndicatorAction,
} from "@/lib/strategy/actions";
import type { IndicatorFilter } from "@/lib/strategy/metrics";
import { getStrategyOverview } from "@/lib/strategy/queries";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * The strategy's computed indicators against a fixture counted by hand: two units (A, the
 * coordinator's, and B), records on both sides of 31 December 2025 and of "today", 1 July 2026 in
 * Baku. Every expected number is the count written next to the fixture below. Then the page's
 * reads and the admins' writes, with the refusals of everyone else.
 */

const NOW = new Date("2026-07-01T08:00:00Z");
const AS_OF = "2026-07-01";
const YEARS = [2025, 2026];
const day = fromIsoDay;

let admin: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;
let unitA: string;
let unitB: string;

async function agreement(key: string, data: Omit<Prisma.AgreementUncheckedCreateInput, "referenceNumber" | "title" | "partners"> & { partnerId: string }) {
  const { partnerId, ...rest } = data;
  await db.agreement.create({ data: { referenceNumber: `STRAT-${key}`, title: `Agreement ${key}`, ...rest, partners: { create: [{ partnerId }] } } });
}

async function mobility(data: Omit<Prisma.MobilityRecordUncheckedCreateInput, "personName" | "mobilityType" | "endDate" | "academicYear"> & { startDate: Date }) {
  await db.mobilityRecord.create({
    data: {
      personName: "Test Person",
      mobilityType: data.participantType === "STAFF" ? "STAFF_TEACHING" : "STUDENT_STUDY",
      academicYear: data.startDate.getUTCFullYear(),
      endDate: new Date(data.startDate.getTime() + 120 * 86_400_000),
      ...data,
    },
  });
}

beforeAll(async () => {
  await ensureInstitution();
  await db.institution.update({ where: { id: 1 }, data: { timeZone: "Asia/Baku" } });
  unitA = (await createUnit({ code: "STRATA", name: "School of Strategy" })).id;
  unitB = (await createUnit({ code: "STRATB" })).id;
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unitA });
  student = await createUser({ role: "STUDENT", unitId: unitA });

  const partner = (key: string, countryCode: string, kind: "UNIVERSITY" | "ORGANIZATION", archived = false) =>
    db.partner.create({ data: { slug: `strat-${key}`, name: `Partner ${key}`, kind, countryCode, status: "ACTIVE", archivedAt: archived ? new Date() : null } });
  const p1 = await partner("p1", "DE", "UNIVERSITY");
  const p2 = await partner("p2", "TR", "UNIVERSITY");
  const p3 = await partner("p3", "KZ", "UNIVERSITY");
  const p4 = await partner("p4", "US", "ORGANIZATION");
  const p5 = await partner("p5", "US", "UNIVERSITY", true);

  // In force on 2025-12-31: a1 a3 a4 a6 a8 (5; unit A: a1 a6; KA171: a1; Europe: a1 a6).
  // In force on 2026-07-01: a1 a2 a4 a7 a8 (5; unit A: a1 a2; KA171: a1; Europe: a1 a2 a7).
  await agreement("a1", { kind: "ERASMUS_KA171", status: "ACTIVE", unitId: unitA, partnerId: p1.id, signedOn: day("2024-01-10"), startsOn: day("2024-02-01"), endsOn: day("2027-01-31") });
  await agreement("a2", { kind: "MEVLANA_PROTOCOL", status: "ACTIVE", unitId: unitA, partnerId: p2.id, signedOn: day("2026-03-01"), startsOn: day("2026-03-01"), endsOn: day("2029-08-31") });
  await agreement("a3", { kind: "BILATERAL_COOPERATION", status: "EXPIRED", unitId: unitB, partnerId: p3.id, signedOn: day("2021-05-01"), startsOn: day("2021-06-01"), endsOn: day("2026-05-31") });
  await agreement("a4", { kind: "MEMORANDUM_OF_UNDERSTANDING", status: "ACTIVE", unitId: unitB, partnerId: p4.id, signedOn: day("2020-01-01"), startsOn: day("2020-01-01"), endsOn: day("2027-05-31") });
  await agreement("a5", { kind: "ERASMUS_KA171", status: "DRAFT", unitId: unitA, partnerId: p1.id });
  await agreement("a6", { kind: "DOUBLE_DEGREE", status: "TERMINATED", unitId: unitA, partnerId: p1.id, signedOn: day("2023-01-01"), startsOn: day("2023-01-01"), endsOn: day("2028-01-01"), terminatedOn: day("2026-06-01") });
  await agreement("a7", { kind: "RESEARCH_COOPERATION", status: "ACTIVE", unitId: unitB, partnerId: p1.id, signedOn: day("2026-01-15"), startsOn: day("2026-02-01"), endsOn: null });
  await agreement("a8", { kind: "BILATERAL_COOPERATION", status: "ACTIVE", unitId: unitB, partnerId: p5.id, signedOn: day("2020-01-01"), startsOn: day("2020-01-01"), endsOn: null });
  // Partners then (archived p5 left out): 2025 p1 p3 p4 (universities p1 p3; unit A p1); 2026 p1 p2 p4 (universities p1 p2; unit A p1 p2).

  // Outgoing: 2025 m1 m2 (students: m1; unit A: m1 m2); 2026 up to 1 July: m3 (students m3; unit A none).
  // Incoming: 2025 m6 (Central Asia); 2026 m7.
  await mobility({ direction: "OUTGOING", participantType: "STUDENT", unitId: unitA, partnerId: p1.id, startDate: day("2025-09-15"), status: "COMPLETED" }); // m1
  await mobility({ direction: "OUTGOING", participantType: "STAFF", unitId: unitA, partnerId: p1.id, startDate: day("2025-11-02") }); // m2
  await mobility({ direction: "OUTGOING", participantType: "STUDENT", unitId: unitB, partnerId: p1.id, startDate: day("2026-02-10") }); // m3
  await mobility({ direction: "OUTGOING", participantType: "STUDENT", unitId: unitA, partnerId: p1.id, startDate: day("2026-09-15") }); // m4: after 1 July
  await mobility({ direction: "OUTGOING", participantType: "STUDENT", unitId: unitA, partnerId: p1.id, startDate: day("2025-03-01"), status: "CANCELLED" }); // m5
  await mobility({ direction: "INCOMING", participantType: "STUDENT", unitId: unitB, partnerId: p3.id, startDate: day("2025-09-20") }); // m6
  await mobility({ direction: "INCOMING", participantType: "STAFF", unitId: unitA, partnerId: p2.id, startDate: day("2026-04-10") }); // m7
  await mobility({ direction: "OUTGOING", participantType: "STUDENT", unitId: unitB, partnerId: p1.id, startDate: day("2024-12-31") }); // m8: 2024

  // Enrolled on 2025-12-31: s1 s3 s4 (unit A: s1; master: s4). On 2026-07-01: s1 s4 (unit A: s1).
  const studentRecord = (number: string, unitId: string, countryCode: string, intakeYear: number, status: Prisma.InternationalStudentUncheckedCreateInput["status"], changedOn: string, level: "BACHELOR" | "MASTER" = "BACHELOR") =>
    db.internationalStudent
      .create({ data: { studentNumber: number, fullName: `Student ${number}`, countryCode, programName: "Business", level, unitId, intakeYear, status } })
      .then((row) => db.$executeRaw`UPDATE "InternationalStudent" SET "updatedAt" = ${new Date(`${changedOn}T12:00:00Z`)} WHERE id = ${row.id}::uuid`);
  await studentRecord("S1", unitA, "TR", 2024, "ENROLLED", "2024-09-15");
  await studentRecord("S2", unitA, "IN", 2026, "ENROLLED", "2026-06-15"); // starts in September 2026
  await studentRecord("S3", unitB, "TR", 2021, "GRADUATED", "2026-06-30");
  await studentRecord("S4", unitB, "KZ", 2025, "ENROLLED", "2025-09-10", "MASTER");
  await studentRecord("S5", unitA, "DE", 2022, "WITHDRAWN", "2025-03-01");

  // Running: 2025 pr1 pr2 (unit A pr1); 2026 so far pr1 (pr4 starts in September). Funded in 2026: pr4.
  const project = (key: string, data: Omit<Prisma.ProjectUncheckedCreateInput, "slug" | "title" | "fundingProgram" | "coordinatorInstitution" | "ourRole">) =>
    db.project.create({ data: { slug: `strat-${key}`, title: `Project ${key}`, fundingProgram: "Erasmus+", coordinatorInstitution: "Someone", ourRole: "PARTNER", ...data } });
  await project("pr1", { unitId: unitA, status: "RUNNING", startDate: day("2025-01-01"), endDate: day("2027-12-31"), decidedOn: day("2024-11-01") });
  await project("pr2", { unitId: unitB, status: "CLOSED", startDate: day("2024-01-01"), endDate: day("2025-06-30") });
  await project("pr3", { unitId: unitA, status: "IDEA", startDate: day("2025-01-01"), endDate: day("2026-12-31") });
  await project("pr4", { unitId: unitB, status: "FUNDED", startDate: day("2026-09-01"), endDate: day("2028-08-31"), decidedOn: day("2026-05-15") });

  // Held: 2025 e2; 2026 up to 1 July e1 (1 January in Baku) e5 (conference, unit A).
  const event = (key: string, startsAt: string, data: Partial<Prisma.EventUncheckedCreateInput> = {}) =>
    db.event.create({ data: { slug: `strat-${key}`, title: `Event ${key}`, kind: "SEMINAR", place: "Baku", startsAt: new Date(startsAt), isPublished: true, ...data } });
  await event("e1", "2025-12-31T21:00:00Z");
  await event("e2", "2025-06-10T08:00:00Z");
  await event("e3", "2025-05-01T08:00:00Z", { isPublished: false });
  await event("e4", "2026-08-01T08:00:00Z");
  await event("e5", "2026-03-01T08:00:00Z", { kind: "CONFERENCE", unitId: unitA });

  // Received and completed: 2025 v1 (unit A, a partner in Europe); 2026 v4.
  const visit = (key: string, data: Omit<Prisma.VisitUncheckedCreateInput, "title" | "purpose" | "endDate"> & { startDate: Date }) =>
    db.visit.create({ data: { title: `Visit ${key}`, purpose: "Talks", endDate: new Date(data.startDate.getTime() + 3 * 86_400_000), ...data } });
  await visit("v1", { direction: "INCOMING", status: "COMPLETED", kind: "DELEGATION", hostUnitId: unitA, partnerId: p1.id, startDate: day("2025-10-01") });
  await visit("v2", { direction: "INCOMING", status: "CANCELLED", hostUnitId: unitA, startDate: day("2025-11-01") });
  await visit("v3", { direction: "OUTGOING", status: "COMPLETED", hostUnitId: unitA, startDate: day("2026-02-01") });
  await visit("v4", { direction: "INCOMING", status: "COMPLETED", hostUnitId: unitB, startDate: day("2026-05-01") });
  await visit("v5", { direction: "INCOMING", status: "CONFIRMED", hostUnitId: unitB, startDate: day("2026-06-20") });
});

beforeEach(() => actAsVisitor());

async function actuals(metric: StrategyMetric, filter: IndicatorFilter = {}, unitId: string | null = null): Promise<number[]> {
  const counted = await computeActuals({ metric, filter, years: YEARS, asOf: AS_OF, unitId, timeZone: "Asia/Baku" });
  return YEARS.map((year) => counted.get(year) ?? -1);
}

describe("computed indicators, against the fixture counted by hand", () => {
  it.each([
    ["ACTIVE_AGREEMENTS", {}, null, [5, 5]],
    ["ACTIVE_AGREEMENTS", { kind: "ERASMUS_KA171" }, null, [1, 1]],
    ["ACTIVE_AGREEMENTS", { region: "EUROPE" }, null, [2, 3]],
    ["ACTIVE_AGREEMENTS", {}, "A", [2, 2]],
    ["ACTIVE_PARTNERS", {}, null, [3, 3]],
    ["ACTIVE_PARTNERS", { kind: "UNIVERSITY" }, null, [2, 2]],
    ["ACTIVE_PARTNERS", {}, "A", [1, 2]],
    ["OUTGOING_MOBILITIES", {}, null, [2, 1]],
    ["OUTGOING_MOBILITIES", { participantType: "STUDENT" }, null, [1, 1]],
    ["OUTGOING_MOBILITIES", {}, "A", [2, 0]],
    ["INCOMING_MOBILITIES", {}, null, [1, 1]],
    ["INCOMING_MOBILITIES", { region: "CENTRAL_ASIA_CAUCASUS" }, null, [1, 0]],
    ["INTERNATIONAL_STUDENTS", {}, null, [3, 2]],
    ["INTERNATIONAL_STUDENTS", { level: "MASTER" }, null, [1, 1]],
    ["INTERNATIONAL_STUDENTS", {}, "A", [1, 1]],
    ["PROJECTS", {}, null, [2, 1]],
    ["PROJECTS", { stage: "FUNDED" }, null, [0, 1]],
    ["PROJECTS", {}, "A", [1, 1]],
    ["EVENTS_HELD", {}, null, [1, 2]],
    ["EVENTS_HELD", { kind: "CONFERENCE" }, null, [0, 1]],
    ["EVENTS_HELD", {}, "A", [0, 1]],
    ["VISITS_RECEIVED", {}, null, [1, 1]],
    ["VISITS_RECEIVED", { region: "EUROPE" }, null, [1, 0]],
    ["VISITS_RECEIVED", {}, "A", [1, 0]],
  ] as const)("%s %j (unit %s): 2025 and 2026 so far are %j", async (metric, filter, unit, expected) => {
    expect(await actuals(metric, filter, unit === "A" ? unitA : null)).toEqual(expected);
  });

  it("counts nothing for a year that has not begun", async () => {
    const counted = await computeActuals({ metric: "ACTIVE_AGREEMENTS", filter: {}, years: [2026, 2027], asOf: AS_OF, unitId: null, timeZone: "Asia/Baku" });
    expect([...counted.keys()]).toEqual([2026]);
  });
});

async function createIndicator(goalId: string, input: Record<string, unknown>) {
  const goal = await db.strategyGoal.findUniqueOrThrow({ where: { id: goalId } });
  const result = await createIndicatorAction({ goalId, goalVersion: String(goal.version), title: "Indicator", sortOrder: "0", ...input } as never);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("the strategy page and its writes", () => {
  let goalId: string;

  it("lets an admin create a goal in three languages with computed and hand-entered indicators", async () => {
    actAs(admin);
    const created = await createGoalAction({
      title: "Strengthen partnerships",
      description: "Agreements with universities worldwide.",
      translations: { az: { title: "Tərəfdaşlığı gücləndirmək", description: "" }, ru: { title: "Укреплять партнёрство", description: "" } },
      sortOrder: "10",
    });
    expect(created.ok).toBe(true);
    goalId = (created as { data: { id: string } }).data.id;
    await createIndicator(goalId, { title: "Agreements in force", metric: "ACTIVE_AGREEMENTS", targets: [{ year: "2025", target: "5" }, { year: "2026", target: "10" }] });
    await createIndicator(goalId, { title: "Students sent abroad", metric: "OUTGOING_MOBILITIES", filter: { participantType: "STUDENT" }, targets: [{ year: "2025", target: "2" }, { year: "2026", target: "2" }] });
    const press = await createIndicator(goalId, { title: "Press releases", metric: "", targets: [{ year: "2025", target: "10" }, { year: "2026", target: "10" }] });
    expect((await saveActualAction({ indicatorId: press, year: "2025", value: "8", evidence: "Press releases on the site (8)." })).ok).toBe(true);
    expect((await saveActualAction({ indicatorId: press, year: "2025", value: "9", evidence: "Corrected: 9." })).ok).toBe(true);
    const stored = await db.strategyActual.findMany({ where: { indicatorId: press } });
    expect(stored.map((row) => [row.year, row.value, row.evidence, row.enteredById])).toEqual([[2025, 9, "Corrected: 9.", admin.id]]);
  });

  it("shows each indicator's actual against its target with a status (the whole institution for the office)", async () => {
    const overview = await getStrategyOverview(officer, "ru", NOW);
    expect(overview.unit).toBeNull();
    const goal = overview.goals.find((entry) => entry.id === goalId)!;
    expect(goal.title).toEqual({ text: "Укреплять партнёрство", lang: "ru" });
    // Same position: by title.
    expect(goal.indicators.map((indicator) => indicator.title.text)).toEqual(["Agreements in force", "Press releases", "Students sent abroad"]);
    const [agreements, press, students] = goal.indicators;
    // 2025: 5 of 5; 2026 on 1 July: 5 against a straight line from 5 to 10, 5 + 5 × 182/365 ≈ 7.5 (67 %): behind.
    expect(agreements!.years.map((row) => [row.year, row.actual, row.state])).toEqual([
      [2025, 5, "ON_TRACK"],
      [2026, 5, "BEHIND"],
    ]);
    expect(agreements!.years[1]!.expected).toBeCloseTo(5 + 5 * (182 / 365));
    // Students: 1 of 2 in 2025 (50 %: behind); 1 of the 2 × 182/365 ≈ 1.0 expected by 1 July: on track.
    expect(students!.years.map((row) => row.state)).toEqual(["BEHIND", "ON_TRACK"]);
    // Entered by hand: 9 of 10 in 2025 (at risk); nothing entered for 2026 yet.
    expect(press!.years.map((row) => [row.actual, row.state, row.evidence])).toEqual([
      [9, "AT_RISK", "Corrected: 9."],
      [null, "NO_DATA", null],
    ]);
    expect(goal.statusByYear).toEqual([
      { year: 2025, status: "BEHIND" },
      { year: 2026, status: "BEHIND" },
    ]);
  });

  it("shows a coordinator only their unit's share of each computed indicator, with no status of its own", async () => {
    const overview = await getStrategyOverview(coordinator, "en", NOW);
    expect(overview.unit?.id).toBe(unitA);
    const [agreements, press, students] = overview.goals.find((entry) => entry.id === goalId)!.indicators;
    expect(agreements!.scope).toBe("unit");
    // Unit A's agreements in force: 2 and 2, against the institution's 5 and 10.
    expect(agreements!.years.map((row) => [row.actual, row.state, row.share])).toEqual([
      [2, "UNIT_SHARE", 2 / 5],
      [2, "UNIT_SHARE", 2 / 10],
    ]);
    expect(students!.years.map((row) => row.actual)).toEqual([1, 0]);
    // Hand-entered values have no unit: the institution's.
    expect(press!.scope).toBe("institution");
    expect(press!.years[0]!.actual).toBe(9);
  });

  it("refuses a student the strategy", async () => {
    await expect(getStrategyOverview(student, "en", NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an edit over a goal someone saved since (its indicators included)", async () => {
    actAs(admin);
    const goal = await db.strategyGoal.findUniqueOrThrow({ where: { id: goalId } });
    const indicator = await db.strategyIndicator.findFirstOrThrow({ where: { goalId, metric: "ACTIVE_AGREEMENTS" } });
    const stale = await updateIndicatorAction({ id: indicator.id, goalVersion: String(goal.version - 1), title: "Agreements in force", metric: "ACTIVE_AGREEMENTS", sortOrder: "0" } as never);
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const renamed = await updateGoalAction({ id: goalId, version: String(goal.version), title: "Strengthen partnerships worldwide", description: "", sortOrder: "10" } as never);
    expect(renamed.ok).toBe(true);
  });

  it("takes no hand-entered value for a computed indicator", async () => {
    actAs(admin);
    const indicator = await db.strategyIndicator.findFirstOrThrow({ where: { goalId, metric: "ACTIVE_AGREEMENTS" } });
    expect(await saveActualAction({ indicatorId: indicator.id, year: "2025", value: "3", evidence: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it.each(["OFFICER", "COORDINATOR", "STUDENT"] as const)("refuses a %s every write, changing nothing", async (role) => {
    actAs({ OFFICER: officer, COORDINATOR: coordinator, STUDENT: student }[role]);
    const before = await countAllRows();
    const goal = await db.strategyGoal.findUniqueOrThrow({ where: { id: goalId } });
    const press = await db.strategyIndicator.findFirstOrThrow({ where: { goalId, metric: null } });
    const results = [
      await createGoalAction({ title: "Another goal", description: "", sortOrder: "0" }),
      await updateGoalAction({ id: goalId, version: String(goal.version), title: "Taken over", description: "", sortOrder: "0" } as never),
      await deleteGoalAction({ id: goalId, version: String(goal.version) }),
      await saveActualAction({ indicatorId: press.id, year: "2026", value: "1", evidence: "" }),
      await deleteActualAction({ indicatorId: press.id, year: "2025" }),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countAllRows()).toEqual(before);
  });

  it("deletes a goal with its indicators, targets and values, and keeps it in the audit log", async () => {
    actAs(admin);
    const goal = await db.strategyGoal.findUniqueOrThrow({ where: { id: goalId } });
    expect((await deleteGoalAction({ id: goalId, version: String(goal.version) })).ok).toBe(true);
    expect(await db.strategyIndicator.count({ where: { goalId } })).toBe(0);
    expect(await db.strategyActual.count()).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "strategy.goal.delete", entityId: goalId } });
    expect(JSON.stringify(audit.before)).toContain("Corrected: 9.");
  });
});
