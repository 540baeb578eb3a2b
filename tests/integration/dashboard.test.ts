import PgBoss from "pg-boss";
import { beforeAll, describe, expect, it } from "vitest";
import { fromIsoDay } from "@/lib/agreements/dates";
import { loadAttention, type AttentionGroup } from "@/lib/dashboard/attention";
import { listFailedJobs } from "@/lib/dashboard/failed-jobs";
import { getDashboardOverview } from "@/lib/dashboard/overview";
import { periodOf } from "@/lib/dashboard/period";
import { loadStudentDashboard } from "@/lib/dashboard/student";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

/**
 * The dashboards against a fixture counted by hand: two units (A, the coordinator's, and B), and
 * for each figure records on both sides of today (2026-12-05 in Baku) and of the same date last
 * year (2025-12-05). Every expected number below is the count written next to the fixture.
 */

const NOW = new Date("2026-12-05T08:00:00Z");
const PERIOD = periodOf("2026-12-05");
const DAY = 86_400_000;
const day = fromIsoDay;
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY);

let officer: TestUser;
let admin: TestUser;
let coordinator: TestUser;
let studentA: TestUser;
const ids: Record<string, string> = {};

async function agreement(key: string, data: Omit<Prisma.AgreementUncheckedCreateInput, "referenceNumber" | "title" | "partners"> & { partnerId: string }) {
  const { partnerId, ...rest } = data;
  const created = await db.agreement.create({
    data: { referenceNumber: `DASH-${key}`, title: `Agreement ${key}`, ...rest, partners: { create: [{ partnerId }] } },
  });
  ids[key] = created.id;
}

async function mobility(data: Omit<Prisma.MobilityRecordUncheckedCreateInput, "personName" | "mobilityType" | "endDate"> & { startDate: Date }) {
  await db.mobilityRecord.create({
    data: { personName: "Test Person", mobilityType: data.participantType === "STAFF" ? "STAFF_TEACHING" : "STUDENT_STUDY", endDate: new Date(data.startDate.getTime() + 120 * DAY), ...data },
  });
}

beforeAll(async () => {
  await ensureInstitution();
  const unitA = await createUnit({ code: "DASHA", name: "School of Dashboards" });
  const unitB = await createUnit({ code: "DASHB" });
  ids.unitA = unitA.id;
  officer = await createUser({ role: "OFFICER" });
  admin = await createUser({ role: "ADMIN" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unitA.id });
  studentA = await createUser({ role: "STUDENT", unitId: unitA.id });
  const studentA2 = await createUser({ role: "STUDENT", unitId: unitA.id });
  const studentB = await createUser({ role: "STUDENT", unitId: unitB.id });

  const partner = (countryCode: string) => db.partner.create({ data: { slug: `dash-${countryCode}`, name: `Partner ${countryCode}`, kind: "UNIVERSITY", countryCode, status: "ACTIVE" } });
  const [p1, p2, p3, p4] = await Promise.all([partner("DE"), partner("TR"), partner("KZ"), partner("US")]);

  // In force today: a1, a2, a4, a8 (A: a1, a2, a8). In force on 2025-12-05: a1, a3, a4, a7 (A: a1, a7).
  await agreement("a1", { kind: "ERASMUS_KA171", status: "ACTIVE", unitId: unitA.id, partnerId: p1.id, signedOn: day("2024-01-10"), startsOn: day("2024-02-01"), endsOn: day("2027-01-31"),
    conditions: { create: [
      { direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 2, fromAcademicYear: 2024, toAcademicYear: 2025 },
      { direction: "INCOMING", mobilityType: "STAFF_TEACHING", placesPerYear: 1 },
    ] } });
  await agreement("a2", { kind: "MEVLANA_PROTOCOL", status: "ACTIVE", unitId: unitA.id, partnerId: p2.id, signedOn: day("2026-03-01"), startsOn: day("2026-03-01"), endsOn: day("2029-08-31"),
    conditions: { create: [{ direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 3, fromAcademicYear: 2026, toAcademicYear: 2028 }] } });
  await agreement("a3", { kind: "BILATERAL_COOPERATION", status: "EXPIRED", unitId: unitB.id, partnerId: p3.id, signedOn: day("2021-05-01"), startsOn: day("2021-06-01"), endsOn: day("2026-05-31"),
    conditions: { create: [{ direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 5 }] } });
  // Renewed or ended by notice: notice was due 180 days before 2027-05-31, on 2026-12-02.
  await agreement("a4", { kind: "MEMORANDUM_OF_UNDERSTANDING", status: "ACTIVE", unitId: unitB.id, partnerId: p4.id, signedOn: day("2020-01-01"), startsOn: day("2020-01-01"), endsOn: day("2027-05-31"), renewalType: "BY_NOTICE", noticePeriodDays: 180 });
  await agreement("a5", { kind: "ERASMUS_KA171", status: "DRAFT", unitId: unitA.id, partnerId: p1.id });
  await agreement("a6", { kind: "DOUBLE_DEGREE", status: "AWAITING_SIGNATURE", unitId: unitB.id, partnerId: p2.id });
  await agreement("a7", { kind: "DOUBLE_DEGREE", status: "TERMINATED", unitId: unitA.id, partnerId: p4.id, signedOn: day("2023-01-01"), startsOn: day("2023-01-01"), endsOn: day("2028-01-01"), terminatedOn: day("2026-06-01") });
  // Ends within 90 days but already renewed (a9 succeeds it): not waiting for anyone.
  await agreement("a8", { kind: "RESEARCH_COOPERATION", status: "ACTIVE", unitId: unitA.id, partnerId: p1.id, signedOn: day("2026-01-20"), startsOn: day("2026-01-20"), endsOn: day("2027-01-15") });
  await agreement("a9", { kind: "RESEARCH_COOPERATION", status: "DRAFT", unitId: unitA.id, partnerId: p1.id, predecessorId: ids.a8 });

  const base = { partnerId: p1.id };
  await mobility({ ...base, direction: "OUTGOING", participantType: "STUDENT", unitId: unitA.id, academicYear: 2026, startDate: day("2026-09-15"), agreementId: ids.a2 }); // m1
  await mobility({ ...base, direction: "OUTGOING", participantType: "STUDENT", unitId: unitA.id, academicYear: 2026, startDate: day("2027-02-10"), agreementId: ids.a2 }); // m2: not started yet
  await mobility({ ...base, direction: "INCOMING", participantType: "STUDENT", unitId: unitB.id, academicYear: 2026, startDate: day("2026-09-20") }); // m3
  await mobility({ ...base, direction: "OUTGOING", participantType: "STAFF", unitId: unitA.id, academicYear: 2026, startDate: day("2026-11-02"), agreementId: ids.a1 }); // m4
  await mobility({ ...base, direction: "OUTGOING", participantType: "STUDENT", unitId: unitA.id, academicYear: 2025, startDate: day("2025-09-15") }); // m5
  await mobility({ ...base, direction: "OUTGOING", participantType: "STUDENT", unitId: unitA.id, academicYear: 2025, startDate: day("2026-02-10") }); // m6: after 2025-12-05
  await mobility({ ...base, direction: "INCOMING", participantType: "STAFF", unitId: unitB.id, academicYear: 2025, startDate: day("2025-10-10") }); // m7
  await mobility({ ...base, direction: "OUTGOING", participantType: "STUDENT", unitId: unitA.id, academicYear: 2026, startDate: day("2026-09-15"), agreementId: ids.a2, status: "CANCELLED" }); // m8
  await mobility({ ...base, direction: "OUTGOING", participantType: "STUDENT", unitId: unitA.id, academicYear: 2019, startDate: day("2019-09-15") }); // m9
  await mobility({ ...base, direction: "OUTGOING", participantType: "STUDENT", unitId: unitA.id, academicYear: 2015, startDate: day("2015-09-15") }); // m10: before the chart's ten years

  const program = await db.mobilityProgram.create({ data: { code: "DASH_PROG", name: "Dashboard exchange" } });
  const call = (key: string, data: Partial<Prisma.OpportunityUncheckedCreateInput>) =>
    db.opportunity.create({
      data: { title: `Call ${key}`, programId: program.id, audience: ["BACHELOR"], places: 2, academicYear: 2027, academicPeriod: "Fall", opensAt: inDays(-60), closesAt: inDays(3), status: "PUBLISHED", ...data },
    }).then((row) => (ids[key] = row.id));
  await call("o1", { unitId: unitA.id });
  await call("o2", { unitId: null, closesAt: inDays(-10) });
  await call("o3", { unitId: unitB.id, closesAt: inDays(20) });
  await call("o4", { unitId: unitB.id, closesAt: inDays(25), audience: ["STAFF"] });
  const apply = (studentId: string, opportunityId: string, status: Prisma.ApplicationUncheckedCreateInput["status"], submittedAt: string | null) =>
    db.application.create({ data: { studentId, opportunityId, status, submittedAt: submittedAt ? new Date(`${submittedAt}T10:00:00Z`) : null } });
  await apply(studentA.id, ids.o1!, "SUBMITTED", "2026-10-01"); // ap1
  await apply(studentB.id, ids.o1!, "UNDER_REVIEW", "2026-10-02"); // ap2
  await apply(studentA.id, ids.o2!, "SHORTLISTED", "2026-11-01"); // ap3
  await apply(studentB.id, ids.o2!, "NOMINATED", "2026-11-02"); // ap4
  await apply(studentA.id, ids.o3!, "DRAFT", null); // ap5
  await apply(studentB.id, ids.o3!, "REJECTED", "2025-10-15"); // ap6: last cycle
  await apply(studentA2.id, ids.o3!, "WITHDRAWN", "2025-11-20"); // ap7: last cycle
  await apply(studentA2.id, ids.o1!, "ACCEPTED", "2026-09-10"); // ap8

  // Guests arriving within 14 days: v1 (A) has an open visa and an unbooked room; v2 is too far; v3 is ready.
  const visit = (key: string, hostUnitId: string, startInDays: number, participants: Prisma.VisitParticipantCreateWithoutVisitInput[]) =>
    db.visit.create({
      data: { title: `Visit ${key}`, direction: "INCOMING", purpose: "Talks", hostUnitId, status: "CONFIRMED", startDate: day(`2026-12-${String(5 + startInDays).padStart(2, "0")}`), endDate: day("2026-12-31"), participants: { create: participants } },
    }).then((row) => (ids[key] = row.id));
  await visit("v1", unitA.id, 5, [{ name: "Guest One", visaStatus: "APPLIED", accommodationBooked: true }, { name: "Guest Two", visaStatus: "NOT_REQUIRED" }]);
  await visit("v2", unitB.id, 20, [{ name: "Guest Three", visaStatus: "REQUIRED" }]);
  await visit("v3", unitB.id, 3, [{ name: "Guest Four", visaStatus: "ISSUED", accommodationBooked: true }]);

  // Funded projects running today: pr1 (A), pr4 (B); on 2025-12-05: pr1, pr2. pr3 is an idea.
  const project = (key: string, data: Omit<Prisma.ProjectUncheckedCreateInput, "slug" | "title" | "fundingProgram" | "coordinatorInstitution" | "ourRole">) =>
    db.project.create({ data: { slug: `dash-${key}`, title: `Project ${key}`, fundingProgram: "Erasmus+", coordinatorInstitution: "Someone", ourRole: "PARTNER", ...data } }).then((row) => (ids[key] = row.id));
  await project("pr1", { unitId: unitA.id, status: "RUNNING", startDate: day("2025-01-01"), endDate: day("2027-12-31"), budget: 400000, currency: "EUR", acronym: "DASH1" });
  await project("pr2", { unitId: unitB.id, status: "CLOSED", startDate: day("2024-01-01"), endDate: day("2026-06-30"), budget: 100000, currency: "EUR" });
  await project("pr3", { unitId: unitA.id, status: "IDEA", startDate: day("2026-01-01"), endDate: day("2027-01-01"), budget: 999999, currency: "EUR" });
  await project("pr4", { unitId: unitB.id, status: "RUNNING", startDate: day("2026-10-01"), endDate: day("2028-09-30"), budget: 50000, currency: "USD" });
  await db.deliverable.createMany({
    data: [
      { projectId: ids.pr1!, code: "D1.1", title: "Needs analysis", dueDate: day("2026-12-15") },
      { projectId: ids.pr1!, code: "D1.2", title: "Curriculum", dueDate: day("2027-02-03") },
      { projectId: ids.pr1!, code: "D1.3", title: "Kick-off report", dueDate: day("2026-11-30"), status: "ACCEPTED" },
    ],
  });

  ids.g1 = (await db.grantCall.create({ data: { funder: "Funder One", title: "Capacity building", deadline: inDays(12), url: "https://funder.example/call", status: "PUBLISHED" } })).id;
  await db.grantCall.createMany({
    data: [
      { funder: "Funder Two", title: "Far away", deadline: inDays(45), status: "PUBLISHED" },
      { funder: "Funder Three", title: "Closed call", deadline: inDays(5), status: "CLOSED" },
    ],
  });

  // Enrolled today: s1, s2, s4 (A: s1, s2). Estimated for 2025-12-05: s1, s3 (graduated after it), s4 (A: s1, s3).
  const student = (number: string, unitId: string, countryCode: string, intakeYear: number, status: Prisma.InternationalStudentUncheckedCreateInput["status"], changedOn?: string) =>
    db.internationalStudent
      .create({ data: { studentNumber: number, fullName: `Student ${number}`, countryCode, programName: "Business", level: "BACHELOR", unitId, intakeYear, status } })
      .then((row) => (changedOn ? db.$executeRaw`UPDATE "InternationalStudent" SET "updatedAt" = ${new Date(`${changedOn}T12:00:00Z`)} WHERE id = ${row.id}::uuid` : 0));
  await student("S1", unitA.id, "TR", 2024, "ENROLLED", "2024-09-15");
  await student("S2", unitA.id, "IN", 2026, "ENROLLED", "2026-09-15");
  await student("S3", unitA.id, "TR", 2021, "GRADUATED", "2026-06-30");
  await student("S4", unitB.id, "KZ", 2023, "ENROLLED", "2023-09-15");
  await student("S5", unitB.id, "KZ", 2023, "WITHDRAWN", "2025-03-01");
});

const trend = (current: number, previous: number) => expect.objectContaining({ current, previous });

describe("the office's figures", () => {
  it("count today and the same date last year as counted by hand", async () => {
    const overview = await getDashboardOverview(officer, NOW);
    expect(overview?.scope).toEqual({ kind: "office" });
    expect(overview?.period).toEqual(PERIOD);
    const figures = overview!.figures;
    expect(figures.agreements).toEqual(trend(4, 4));
    expect(Object.fromEntries(figures.agreementsByKind.map((row) => [row.kind, [row.trend.current, row.trend.previous]]))).toEqual({
      ERASMUS_KA171: [1, 1],
      MEVLANA_PROTOCOL: [1, 0],
      MEMORANDUM_OF_UNDERSTANDING: [1, 1],
      RESEARCH_COOPERATION: [1, 0],
      BILATERAL_COOPERATION: [0, 1],
      DOUBLE_DEGREE: [0, 1],
    });
    expect(figures.partners).toEqual(trend(3, 3));
    expect(Object.fromEntries(figures.partnersByRegion.map((row) => [row.region, [row.trend.current, row.trend.previous]]))).toEqual({
      EUROPE: [2, 1],
      NORTH_AMERICA: [1, 1],
      CENTRAL_ASIA_CAUCASUS: [0, 1],
    });
    expect(figures.partnersByCountry.sort((a, b) => a.countryCode.localeCompare(b.countryCode))).toEqual([
      { countryCode: "DE", count: 1 },
      { countryCode: "TR", count: 1 },
      { countryCode: "US", count: 1 },
    ]);
    expect(figures.mobilities).toEqual({
      outgoingStudents: trend(1, 1),
      outgoingStaff: trend(1, 0),
      incomingStudents: trend(1, 0),
      incomingStaff: trend(0, 1),
    });
    expect(figures.applications).toEqual(trend(5, 2));
    expect(figures.projects).toEqual(trend(2, 2));
    expect(figures.projectBudgets).toEqual([
      { currency: "EUR", current: 400000, previous: 500000 },
      { currency: "USD", current: 50000, previous: 0 },
    ]);
    expect(figures.internationalStudents).toEqual(trend(3, 3));
  });

  it("draw the charts from the same records", async () => {
    const { charts } = (await getDashboardOverview(officer, NOW))!;
    expect(charts.mobilityYears).toHaveLength(10);
    expect(charts.mobilityYears[0]).toEqual({ academicYear: 2017, outgoing: 0, incoming: 0 });
    expect(charts.mobilityYears.find((row) => row.academicYear === 2019)).toEqual({ academicYear: 2019, outgoing: 1, incoming: 0 });
    expect(charts.mobilityYears.slice(-2)).toEqual([
      { academicYear: 2025, outgoing: 2, incoming: 1 },
      { academicYear: 2026, outgoing: 3, incoming: 1 },
    ]);
    const kindStatus = Object.fromEntries(charts.agreementsByKindAndStatus.map((row) => [`${row.kind}/${row.status}`, row.count]));
    expect(kindStatus).toEqual({
      "ERASMUS_KA171/ACTIVE": 1,
      "ERASMUS_KA171/DRAFT": 1,
      "MEVLANA_PROTOCOL/ACTIVE": 1,
      "BILATERAL_COOPERATION/EXPIRED": 1,
      "MEMORANDUM_OF_UNDERSTANDING/ACTIVE": 1,
      "DOUBLE_DEGREE/AWAITING_SIGNATURE": 1,
      "DOUBLE_DEGREE/TERMINATED": 1,
      "RESEARCH_COOPERATION/ACTIVE": 1,
      "RESEARCH_COOPERATION/DRAFT": 1,
    });
    expect(charts.placesByProgram).toEqual([
      { kind: "MEVLANA_PROTOCOL", agreed: 3, realized: 2 },
      { kind: "ERASMUS_KA171", agreed: 1, realized: 1 },
    ]);
    expect(Object.fromEntries(charts.applicationsByStatus.map((row) => [row.status, row.count]))).toEqual({ SUBMITTED: 1, UNDER_REVIEW: 1, SHORTLISTED: 1, NOMINATED: 1, ACCEPTED: 1 });
  });
});

describe("a coordinator's dashboard", () => {
  it("counts only their unit's records", async () => {
    const overview = await getDashboardOverview(coordinator, NOW);
    expect(overview?.scope).toEqual({ kind: "unit", unitId: ids.unitA });
    const { figures, charts } = overview!;
    expect(figures.agreements).toEqual(trend(3, 2));
    expect(figures.partners).toEqual(trend(2, 2));
    expect(Object.fromEntries(figures.partnersByRegion.map((row) => [row.region, [row.trend.current, row.trend.previous]]))).toEqual({ EUROPE: [2, 1], NORTH_AMERICA: [0, 1] });
    expect(figures.mobilities).toEqual({ outgoingStudents: trend(1, 1), outgoingStaff: trend(1, 0), incomingStudents: trend(0, 0), incomingStaff: trend(0, 0) });
    expect(figures.applications).toEqual(trend(3, 1));
    expect(figures.projects).toEqual(trend(1, 1));
    expect(figures.projectBudgets).toEqual([{ currency: "EUR", current: 400000, previous: 400000 }]);
    expect(figures.internationalStudents).toEqual(trend(2, 2));
    expect(charts.mobilityYears.slice(-2)).toEqual([
      { academicYear: 2025, outgoing: 2, incoming: 0 },
      { academicYear: 2026, outgoing: 3, incoming: 0 },
    ]);
    expect(charts.agreementsByKindAndStatus.reduce((sum, row) => sum + row.count, 0)).toBe(6);
    expect(charts.placesByProgram).toEqual([
      { kind: "MEVLANA_PROTOCOL", agreed: 3, realized: 2 },
      { kind: "ERASMUS_KA171", agreed: 1, realized: 1 },
    ]);
  });

  it("lists only what waits in their unit", async () => {
    const groups = await loadAttention(coordinator, PERIOD, NOW);
    expect(summary(groups)).toEqual({
      agreementExpiring: [`/dashboard/agreements/${ids.a1}`],
      applicationsToReview: [`/dashboard/opportunities/${ids.o1}/applications`],
      nominationsDue: [`/dashboard/opportunities/${ids.o2}/applications`],
      callClosing: [`/dashboard/opportunities/${ids.o1}`],
      visitArriving: [`/dashboard/visits/${ids.v1}`],
      deliverableDue: [`/dashboard/projects/${ids.pr1}/work-plan`],
      grantDeadline: [`/dashboard/grant-calls/${ids.g1}`],
    });
    // Their students only: one of the two applications waiting in o1 is theirs.
    expect(item(groups, "applicationsToReview").first).toBe(1);
    // Places are shared: the other unit's nominee holds one of o2's two places.
    expect(item(groups, "nominationsDue")).toMatchObject({ first: 1, second: 1 });
  });
});

function summary(groups: AttentionGroup[]): Record<string, string[]> {
  return Object.fromEntries(groups.map((group) => [group.kind, group.items.map((entry) => entry.href)]));
}

function item(groups: AttentionGroup[], kind: AttentionGroup["kind"]) {
  return groups.find((group) => group.kind === kind)!.items[0]!;
}

describe("the office's attention list", () => {
  it("links every waiting record to its page, with what is due", async () => {
    const groups = await loadAttention(officer, PERIOD, NOW);
    expect(summary(groups)).toEqual({
      agreementExpiring: [`/dashboard/agreements/${ids.a1}`, `/dashboard/agreements/${ids.a4}`],
      agreementToSign: [`/dashboard/agreements/${ids.a6}`],
      applicationsToReview: [`/dashboard/opportunities/${ids.o1}/applications`],
      nominationsDue: [`/dashboard/opportunities/${ids.o2}/applications`],
      callClosing: [`/dashboard/opportunities/${ids.o1}`],
      visitArriving: [`/dashboard/visits/${ids.v1}`],
      deliverableDue: [`/dashboard/projects/${ids.pr1}/work-plan`],
      grantDeadline: [`/dashboard/grant-calls/${ids.g1}`],
    });
    const expiring = groups.find((group) => group.kind === "agreementExpiring")!;
    expect(expiring.total).toBe(2);
    expect(expiring.items[1]).toMatchObject({ reference: "DASH-a4", noticeBy: day("2026-12-02"), due: day("2027-05-31") });
    expect(item(groups, "applicationsToReview")).toMatchObject({ title: "Call o1", first: 2 });
    expect(item(groups, "nominationsDue")).toMatchObject({ first: 1, second: 1 });
    expect(item(groups, "callClosing")).toMatchObject({ first: 3 });
    expect(item(groups, "visitArriving")).toMatchObject({ first: 1, second: 1, due: day("2026-12-10") });
    expect(item(groups, "deliverableDue")).toMatchObject({ title: "D1.1 Needs analysis", reference: "DASH1" });
    expect(item(groups, "grantDeadline")).toMatchObject({ reference: "Funder One" });
  });

  it("shows admins the e-mails that could not be sent, and nobody else", async () => {
    const failed = await db.emailMessage.create({ data: { to: "someone@test.example.edu", subject: "Your application", text: "…", html: "…", status: "FAILED", attempts: 5, lastError: "550 mailbox unavailable" } });
    await db.emailMessage.create({ data: { to: "other@test.example.edu", subject: "Sent fine", text: "…", html: "…", status: "SENT", attempts: 1 } });
    const groups = await loadAttention(admin, PERIOD, NOW);
    expect(summary(groups).emailFailed).toEqual([`/dashboard/admin/emails/${failed.id}`]);
    expect(item(groups, "emailFailed")).toMatchObject({ title: "Your application", reference: "someone@test.example.edu", first: 5 });
    expect(summary(await loadAttention(officer, PERIOD, NOW)).emailFailed).toBeUndefined();
  });

  it("shows admins the background jobs that failed this week, and nobody else", async () => {
    expect(await listFailedJobs(officer, NOW)).toBeNull();
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", supervise: false, schedule: false });
    await boss.start();
    try {
      await boss.createQueue("agreement-expiry-reminders", { name: "agreement-expiry-reminders", retryLimit: 0 });
      await boss.send("agreement-expiry-reminders", {});
      const [job] = await boss.fetch("agreement-expiry-reminders");
      await boss.fail("agreement-expiry-reminders", job!.id, new Error("2 expiry reminder(s) could not be sent"));
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const failed = await listFailedJobs(admin);
    expect(failed).toEqual([expect.objectContaining({ name: "agreement-expiry-reminders", message: "2 expiry reminder(s) could not be sent" })]);
  });
});

describe("a student's dashboard", () => {
  it("gives each application its next step, and offers open calls for students they have not applied to", async () => {
    const dashboard = await loadStudentDashboard(studentA, NOW);
    const byCall = Object.fromEntries(dashboard!.applications.map((row) => [row.opportunity.title, { next: row.next, deadline: row.deadline }]));
    expect(byCall).toEqual({
      "Call o1": { next: "review", deadline: null },
      "Call o2": { next: "nomination", deadline: null },
      "Call o3": { next: "submit", deadline: inDays(20) },
    });
    // o1 and o3 already have the student's application; o4 is for staff; o2 has closed.
    expect(dashboard!.openCalls).toEqual([]);
    const newcomer = await createUser({ role: "STUDENT", unitId: ids.unitA });
    expect((await loadStudentDashboard(newcomer, NOW))!.openCalls.map((call) => call.title)).toEqual(["Call o1"]);
  });

  it("has no office figures and no attention list", async () => {
    expect(await getDashboardOverview(studentA, NOW)).toBeNull();
    expect(await loadAttention(studentA, PERIOD, NOW)).toEqual([]);
    expect(await loadStudentDashboard(officer, NOW)).toBeNull();
  });
});
