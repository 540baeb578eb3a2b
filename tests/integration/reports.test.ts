import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as downloadReport } from "@/app/api/reports/[id]/[format]/route";
import { GET as reportProgress } from "@/app/api/reports/[id]/route";
import { fromIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listOutbox } from "@/lib/mail/outbox";
import { createHighlightAction, deleteHighlightAction, generateReportAction, updateHighlightAction } from "@/lib/reports/actions";
import { runQuarterlyDraft } from "@/lib/reports/quarterly";
import { processQueuedReports } from "@/lib/reports/queue";
import { readStoredFile } from "@/lib/storage/store-file";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { pdfText } from "@/tests/helpers/pdf-text";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Activity reports made from a fixture counted by hand (the year 2025, figures as of 31 December):
 * the PDF's text, read back with PDF.js, and the workbook's cells, read back with ExcelJS, hold the
 * fixture's totals; the rankings pack computes its ratios from the totals entered; the quarterly
 * draft is made and announced once; only the office may ask for, follow and download reports.
 */

const day = fromIsoDay;
let admin: TestUser;
let otherAdmin: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;

beforeAll(async () => {
  await ensureInstitution();
  await db.institution.update({
    where: { id: 1 },
    data: {
      name: "Khazar University",
      shortName: "KU",
      address: "41 Mahsati Street, Baku AZ1096",
      timeZone: "Asia/Baku",
      translations: { az: { name: "Xəzər Universiteti" }, ru: { name: "Университет Хазар" } },
    },
  });
  const unitA = (await createUnit({ code: "REPA", name: "School of Engineering" })).id;
  const unitB = (await createUnit({ code: "REPB", name: "School of Law" })).id;
  admin = await createUser({ role: "ADMIN", name: "Kamran Rzayev" });
  otherAdmin = await createUser({ role: "ADMIN", name: "Leyla Aliyeva" });
  const disabledAdmin = await createUser({ role: "ADMIN", name: "Former Admin" });
  await db.user.update({ where: { id: disabledAdmin.id }, data: { disabledAt: new Date() } });
  officer = await createUser({ role: "OFFICER", name: "Nigar Mammadova" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unitA });
  student = await createUser({ role: "STUDENT", unitId: unitA });

  const partner = (key: string, name: string, countryCode: string, translations: object = {}) =>
    db.partner.create({ data: { slug: `rep-${key}`, name, kind: "UNIVERSITY", countryCode, status: "ACTIVE", translations } });
  const p1 = await partner("p1", "Leipzig University", "DE", { ru: { name: "Лейпцигский университет" } });
  const p2 = await partner("p2", "Ankara University", "TR");
  const p3 = await partner("p3", "Al-Farabi Kazakh National University", "KZ");
  const p4 = await partner("p4", "Arizona State University", "US");

  const agreement = async (reference: string, data: Omit<Prisma.AgreementUncheckedCreateInput, "referenceNumber" | "title" | "partners"> & { partnerId: string }) => {
    const { partnerId, ...rest } = data;
    return db.agreement.create({ data: { referenceNumber: reference, title: `Agreement ${reference}`, ...rest, partners: { create: [{ partnerId }] } } });
  };
  // Signed in 2025: KU-1 (new) and KU-2 (renews KU-0). Ended in 2025: KU-0 (expired, renewed as KU-2), KU-3 (terminated).
  // In force on 31 December 2025: KU-1, KU-2, KU-4, with 3 partners in 3 countries.
  const old = await agreement("KU-0", { kind: "MEVLANA_PROTOCOL", status: "EXPIRED", unitId: unitB, partnerId: p2.id, signedOn: day("2020-05-01"), startsOn: day("2020-06-01"), endsOn: day("2025-05-31") });
  await agreement("KU-1", { kind: "ERASMUS_KA171", status: "ACTIVE", unitId: unitA, partnerId: p1.id, signedOn: day("2025-03-10"), startsOn: day("2025-04-01"), endsOn: day("2028-03-31") });
  await agreement("KU-2", { kind: "MEVLANA_PROTOCOL", status: "ACTIVE", unitId: unitB, partnerId: p2.id, signedOn: day("2025-06-01"), startsOn: day("2025-06-01"), endsOn: day("2030-05-31"), predecessorId: old.id });
  await agreement("KU-3", { kind: "BILATERAL_COOPERATION", status: "TERMINATED", unitId: unitA, partnerId: p3.id, signedOn: day("2022-01-01"), startsOn: day("2022-01-01"), endsOn: day("2027-01-01"), terminatedOn: day("2025-09-01") });
  await agreement("KU-4", { kind: "MEMORANDUM_OF_UNDERSTANDING", status: "ACTIVE", unitId: unitA, partnerId: p4.id, signedOn: day("2024-02-01"), startsOn: day("2024-02-01"), endsOn: day("2027-01-31") });
  await agreement("KU-5", { kind: "ERASMUS_KA171", status: "DRAFT", unitId: unitA, partnerId: p1.id });
  await agreement("KU-6", { kind: "ERASMUS_KA171", status: "ACTIVE", unitId: unitA, partnerId: p1.id, signedOn: day("2026-02-01"), startsOn: day("2026-02-01"), endsOn: day("2029-01-31") });

  // Started in 2025: outgoing students 3, outgoing staff 1, incoming students 2, incoming staff 1 (plus one cancelled, one in 2024).
  const mobility = (direction: "OUTGOING" | "INCOMING", participantType: "STUDENT" | "STAFF", partnerId: string, startDate: string, status: "PLANNED" | "CANCELLED" = "PLANNED") =>
    db.mobilityRecord.create({
      data: {
        direction,
        participantType,
        mobilityType: participantType === "STAFF" ? "STAFF_TEACHING" : "STUDENT_STUDY",
        personName: "Private Person Name",
        partnerId,
        unitId: unitA,
        academicYear: 2025,
        startDate: day(startDate),
        endDate: day("2026-01-31"),
        status,
      },
    });
  await mobility("OUTGOING", "STUDENT", p1.id, "2025-09-15");
  await mobility("OUTGOING", "STUDENT", p1.id, "2025-09-16");
  await mobility("OUTGOING", "STUDENT", p2.id, "2025-02-10");
  await mobility("OUTGOING", "STAFF", p2.id, "2025-11-03");
  await mobility("INCOMING", "STUDENT", p3.id, "2025-09-20");
  await mobility("INCOMING", "STUDENT", p3.id, "2025-09-21");
  await mobility("INCOMING", "STAFF", p1.id, "2025-04-07");
  await mobility("OUTGOING", "STUDENT", p1.id, "2025-09-17", "CANCELLED");
  await mobility("OUTGOING", "STUDENT", p1.id, "2024-09-15");

  const project = await db.project.create({
    data: {
      slug: "rep-capstone",
      title: "Capacity building in engineering education",
      acronym: "CAPSTONE",
      fundingProgram: "Erasmus+ CBHE",
      coordinatorInstitution: "Leipzig University",
      ourRole: "PARTNER",
      status: "RUNNING",
      unitId: unitA,
      startDate: day("2024-01-15"),
      endDate: day("2026-12-31"),
      budget: 812000,
      currency: "EUR",
    },
  });
  await db.projectActivity.createMany({
    data: [
      { projectId: project.id, title: "Kick-off meeting in Leipzig", startDate: day("2025-02-12"), staffCount: 4 },
      { projectId: project.id, title: "Summer school on renewable energy", startDate: day("2025-07-07"), studentCount: 25 },
      { projectId: project.id, title: "Final conference", startDate: day("2026-10-01") },
    ],
  });
  await db.project.create({ data: { slug: "rep-idea", title: "An idea", fundingProgram: "Horizon", coordinatorInstitution: "KU", ourRole: "COORDINATOR", status: "IDEA", startDate: day("2025-01-01"), endDate: day("2026-01-01") } });

  const visit = (title: string, direction: "INCOMING" | "OUTGOING", status: "COMPLETED" | "CANCELLED", startDate: string) =>
    db.visit.create({ data: { title, direction, status, purpose: "Cooperation", partnerId: p1.id, startDate: day(startDate), endDate: day(startDate) } });
  await visit("Delegation of Leipzig University", "INCOMING", "COMPLETED", "2025-10-01");
  await visit("Visit to Ankara University", "OUTGOING", "COMPLETED", "2025-04-01");
  await visit("Cancelled delegation", "INCOMING", "CANCELLED", "2025-11-01");

  await db.event.create({ data: { slug: "rep-erasmus-days", title: "Erasmus Days 2025", kind: "PRESENTATION", place: "Main Hall", startsAt: new Date("2025-10-15T08:00:00Z"), isPublished: true } });
  await db.event.create({ data: { slug: "rep-draft", title: "Unpublished draft event", kind: "SEMINAR", place: "Room 1", startsAt: new Date("2025-10-16T08:00:00Z"), isPublished: false } });

  // Enrolled on 31 December 2025: S1, S2 (Türkiye), S3 (Kazakhstan): 3 students from 2 countries.
  const studentRecord = (number: string, countryCode: string, intakeYear: number) =>
    db.internationalStudent.create({ data: { studentNumber: number, fullName: `Hidden Name ${number}`, countryCode, programName: "Computer Engineering", level: "BACHELOR", unitId: unitA, intakeYear } });
  await studentRecord("REP-S1", "TR", 2023);
  await studentRecord("REP-S2", "TR", 2025);
  await studentRecord("REP-S3", "KZ", 2024);
  await studentRecord("REP-S4", "IN", 2026);

  await db.activityHighlight.create({
    data: {
      happenedOn: day("2025-11-20"),
      title: "The rector visited Leipzig University",
      text: "A memorandum on joint doctoral supervision was signed.",
      translations: { ru: { title: "Ректор посетил Лейпцигский университет", text: "Подписан меморандум о совместном руководстве аспирантами." } },
    },
  });
  await db.activityHighlight.create({ data: { happenedOn: day("2026-01-10"), title: "Outside the year" } });

  // One strategy indicator: 3 agreements in force against a target of 3 in 2025.
  await db.strategyGoal.create({
    data: {
      title: "Strengthen partnerships",
      translations: { ru: { title: "Укреплять партнёрство" } },
      indicators: { create: [{ title: "Agreements in force", metric: "ACTIVE_AGREEMENTS", targets: { create: [{ year: 2025, target: 3 }] } }] },
    },
  });
});

beforeEach(() => actAsVisitor());

/** One space between words whatever the layout put there. */
async function reportText(bytes: Uint8Array): Promise<string> {
  return (await pdfText(bytes, { itemSeparator: " " })).text.replace(/\s+/g, " ");
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

/** A sheet's data rows as plain values (the header row left out). */
function rowsOf(workbook: ExcelJS.Workbook, sheet: string): unknown[][] {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`no sheet "${sheet}": ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  const rows: unknown[][] = [];
  worksheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** Asks for a report as `user` and makes it the way the background job does. */
async function makeReport(user: TestUser, input: Record<string, string>) {
  actAs(user);
  const result = await generateReportAction({ language: "en", quarter: "", ...input } as never);
  if (!result.ok) throw new Error(JSON.stringify(result));
  await processQueuedReports(new Date("2026-07-01T08:00:00Z"));
  return db.activityReport.findUniqueOrThrow({ where: { id: result.data.id }, include: { pdfFile: true, xlsxFile: true, createdBy: true } });
}

describe("the annual report", () => {
  let reportId: string;
  let text: string;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const report = await makeReport(officer, { kind: "ANNUAL", year: "2025" });
    reportId = report.id;
    expect(report).toMatchObject({ status: "DONE", progress: 100, error: null, language: "en" });
    expect(report.createdBy?.id).toBe(officer.id);
    expect(report.pdfFile?.fileName).toBe("activity-report-2025-en.pdf");
    expect(report.xlsxFile?.fileName).toBe("activity-report-2025-en.xlsx");
    text = await reportText(await readStoredFile(report.pdfFile!.storageKey));
    workbook = await workbookOf(await readStoredFile(report.xlsxFile!.storageKey));
  });

  it("has a cover with the institution, the title, the period and who prepared it", () => {
    expect(text).toContain("Khazar University");
    expect(text).toContain("Annual activity report 2025");
    expect(text).toContain("Prepared by Nigar Mammadova");
  });

  it("prints the summary figures counted by hand", () => {
    const figure = (value: number, label: string) => expect(text).toMatch(new RegExp(`${value} ${label}`));
    figure(3, "Agreements in force on December 31, 2025");
    figure(1, "Agreements signed");
    figure(1, "Agreements renewed");
    figure(2, "Agreements ended");
    figure(3, "Partners with an agreement in force");
    figure(3, "Outgoing students");
    figure(1, "Outgoing staff");
    figure(2, "Incoming students");
    figure(1, "Incoming staff");
    figure(1, "International projects running");
    figure(2, "Project activities held");
    figure(1, "Visits received");
    figure(1, "Visits made");
    figure(1, "Events held");
    figure(3, "International degree students");
    figure(2, "Their countries");
    figure(1, "Highlights");
  });

  it("lists the period's records in their sections, and nothing of other periods or drafts", () => {
    expect(text).toContain("Agreements signed (1)");
    expect(text).toContain("KU-1");
    expect(text).toContain("Renews KU-0");
    expect(text).toContain("Renewed as KU-2");
    expect(text).toContain("Terminated on September 1, 2025");
    expect(text).toContain("CAPSTONE");
    expect(text).toContain("Summer school on renewable energy");
    expect(text).not.toContain("Final conference");
    expect(text).toContain("Delegation of Leipzig University");
    expect(text).not.toContain("Cancelled delegation");
    expect(text).toContain("Erasmus Days 2025");
    expect(text).not.toContain("Unpublished draft event");
    expect(text).toContain("The rector visited Leipzig University");
    expect(text).not.toContain("Outside the year");
    expect(text).not.toContain("KU-6");
  });

  it("draws the mobility charts with their labels and values as text", () => {
    expect(text).toContain("Mobilities by direction: students and staff");
    expect(text).toContain("Mobilities by the partner's region");
    expect(text).toMatch(/Europe \d/);
  });

  it("shows the strategy's progress in the year", () => {
    expect(text).toContain("Strategy progress in 2025");
    expect(text).toMatch(/Agreements in force 3 — 3 On track/);
  });

  it("never prints a person's name from the mobility or student records", () => {
    expect(text).not.toContain("Private Person Name");
    expect(text).not.toContain("Hidden Name");
  });

  it("has a workbook sheet per section whose cells hold the same totals", () => {
    const summary = new Map(rowsOf(workbook, "Summary").map(([label, value]) => [label, value]));
    expect(summary.get("Agreements in force on December 31, 2025")).toBe(3);
    expect(summary.get("Agreements signed")).toBe(1);
    expect(summary.get("Agreements ended")).toBe(2);
    expect(summary.get("Outgoing students")).toBe(3);
    expect(summary.get("Incoming staff")).toBe(1);
    expect(summary.get("International degree students")).toBe(3);
    expect(rowsOf(workbook, "Agreements ended").map((row) => row[0]).sort()).toEqual(["KU-0", "KU-3"]);
    expect(rowsOf(workbook, "Agreements renewed").map((row) => [row[0], row[11]])).toEqual([["KU-2", "KU-0"]]);
    const mobilities = rowsOf(workbook, "Mobilities");
    expect(mobilities).toHaveLength(7);
    expect(mobilities.flat()).not.toContain("Private Person Name");
    expect(mobilities.filter((row) => row[0] === "Outgoing" && row[1] === "Student")).toHaveLength(3);
    const students = rowsOf(workbook, "International students");
    expect(students.map((row) => row[0])).toEqual(["REP-S3", "REP-S1", "REP-S2"]);
    expect(JSON.stringify(students)).not.toContain("Hidden Name");
    expect(rowsOf(workbook, "Projects").map((row) => [row[1], row[7]])).toEqual([["CAPSTONE", 812000]]);
    expect(rowsOf(workbook, "Project activities")).toHaveLength(2);
    expect(rowsOf(workbook, "Highlights").map((row) => row[1])).toEqual(["The rector visited Leipzig University"]);
    const signed = rowsOf(workbook, "Agreements signed")[0]!;
    expect(signed[7]).toEqual(new Date("2025-03-10T00:00:00.000Z"));
  });

  it("lets the office download both files again, and no one else", async () => {
    const call = (format: string, id = reportId) => downloadReport(new Request(`http://localhost:3000/api/reports/${id}/${format}`), { params: Promise.resolve({ id, format }) });
    actAs(officer);
    const pdf = await call("pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toContain("activity-report-2025-en.pdf");
    const xlsx = await call("xlsx");
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect((await call("docx")).status).toBe(404);
    expect((await call("pdf", "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    actAs(admin);
    expect((await call("pdf")).status).toBe(200);
    actAs(coordinator);
    expect((await call("pdf")).status).toBe(403);
    actAs(student);
    expect((await call("xlsx")).status).toBe(403);
    actAsVisitor();
    expect((await call("pdf")).status).toBe(401);
  });

  it("answers the page's polling with the report's status and progress", async () => {
    const call = () => reportProgress(new Request(`http://localhost:3000/api/reports/${reportId}`), { params: Promise.resolve({ id: reportId }) });
    actAs(officer);
    const answer = await call();
    expect(await answer.json()).toEqual({ status: "DONE", progress: 100 });
    actAs(coordinator);
    expect((await call()).status).toBe(403);
  });
});

describe("reports in other languages and periods", () => {
  it("prints a Russian report in Russian, with the staff's Russian texts", async () => {
    const report = await makeReport(admin, { kind: "ANNUAL", year: "2025", language: "ru" });
    const text = await reportText(await readStoredFile(report.pdfFile!.storageKey));
    expect(text).toContain("Университет Хазар");
    expect(text).toContain("Годовой отчёт о деятельности за 2025 год");
    expect(text).toContain("Ректор посетил Лейпцигский университет");
    expect(text).toContain("Лейпцигский университет");
    expect(text).toMatch(/3 Студенты, направленные за рубеж/);
    const workbook = await workbookOf(await readStoredFile(report.xlsxFile!.storageKey));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Сводка");
  });

  it("makes a quarterly report of its quarter only", async () => {
    const report = await makeReport(officer, { kind: "QUARTERLY", year: "2025", quarter: "4" });
    const workbook = await workbookOf(await readStoredFile(report.xlsxFile!.storageKey));
    const summary = new Map(rowsOf(workbook, "Summary").map(([label, value]) => [label, value]));
    // October to December 2025: outgoing staff KU (3 Nov), the delegation (1 Oct), the highlight (20 Nov).
    expect(summary.get("Outgoing students")).toBe(0);
    expect(summary.get("Outgoing staff")).toBe(1);
    expect(summary.get("Visits received")).toBe(1);
    expect(summary.get("Agreements signed")).toBe(0);
    expect(report.pdfFile?.fileName).toBe("activity-report-2025-q4-en.pdf");
  });
});

describe("the rankings data pack", () => {
  it("computes the ratios from the records and the totals entered, which it keeps", async () => {
    const report = await makeReport(officer, { kind: "RANKINGS", year: "2025", totalStudents: "600", totalStaff: "120", internationalStaff: "6" });
    expect(report.inputs).toEqual({ totalStudents: 600, totalStaff: 120, internationalStaff: 6 });
    const text = await reportText(await readStoredFile(report.pdfFile!.storageKey));
    expect(text).toContain("Rankings data pack 2025");
    // 3 international students of 600: 0.5 %; 6 international staff of 120: 5 %.
    expect(text).toMatch(/International student ratio .*? 0\.5%/);
    expect(text).toMatch(/International staff ratio .*? 5%/);
    const figures = new Map(rowsOf(await workbookOf(await readStoredFile(report.xlsxFile!.storageKey)), "Rankings figures").map((row) => [row[0], row[1]]));
    expect(figures.get("International students")).toBe(3);
    expect(figures.get("International student ratio")).toBe(0.5);
    expect(figures.get("International staff ratio")).toBe(5);
    expect(figures.get("Inbound exchange students")).toBe(2);
    expect(figures.get("Outbound exchange students")).toBe(3);
    expect(figures.get("Partner institutions")).toBe(3);
    expect(figures.get("Countries of partner institutions")).toBe(3);
  });

  it("needs the totals", async () => {
    actAs(officer);
    expect(await generateReportAction({ kind: "RANKINGS", year: "2025", language: "en" } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("the background work", () => {
  it("makes each queued report once when two workers run at the same time", async () => {
    actAs(officer);
    const ids = await Promise.all(
      ["2023", "2024"].map(async (year) => {
        const result = await generateReportAction({ kind: "ANNUAL", year, language: "en", quarter: "" } as never);
        return (result as { data: { id: string } }).data.id;
      }),
    );
    const files = await db.storedFile.count();
    const runs = await Promise.all([processQueuedReports(), processQueuedReports()]);
    expect(runs.reduce((sum, run) => sum + run.done, 0)).toBe(2);
    expect(await db.storedFile.count()).toBe(files + 4);
    expect((await db.activityReport.findMany({ where: { id: { in: ids } } })).map((row) => row.status)).toEqual(["DONE", "DONE"]);
  });

  it("marks a report that cannot be made as failed, with a reference instead of the error", async () => {
    const broken = await db.activityReport.create({ data: { kind: "RANKINGS", periodStart: day("2025-01-01"), periodEnd: day("2025-12-31"), language: "en", createdById: officer.id } });
    await processQueuedReports();
    const row = await db.activityReport.findUniqueOrThrow({ where: { id: broken.id } });
    expect(row.status).toBe("FAILED");
    expect(row.error).toMatch(/^[0-9a-f]{8}$/);
  });

  it("marks a report cut off while running as failed, so it can be asked for again", async () => {
    const stuck = await db.activityReport.create({
      data: { kind: "ANNUAL", periodStart: day("2025-01-01"), periodEnd: day("2025-12-31"), language: "en", status: "RUNNING", createdAt: new Date(Date.now() - 3 * 3_600_000) },
    });
    expect((await processQueuedReports()).stale).toBe(1);
    expect(await db.activityReport.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ status: "FAILED", error: "interrupted" });
  });

  it("makes the quarter's draft once and e-mails the active admins once, even when runs overlap", async () => {
    const when = new Date("2026-07-01T00:30:00Z");
    const outboxBefore = (await listOutbox()).length;
    const first = await Promise.all([runQuarterlyDraft(when), runQuarterlyDraft(when)]);
    const again = await runQuarterlyDraft(new Date("2026-07-03T00:30:00Z"));
    const drafts = await db.activityReport.findMany({ where: { kind: "QUARTERLY", createdById: null } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: "DONE", language: "en", periodStart: day("2026-04-01"), periodEnd: day("2026-06-30") });
    expect(first.filter((run) => run.created)).toHaveLength(1);
    expect(again).toMatchObject({ created: false, notified: 0 });
    const mails = (await listOutbox()).slice(0, (await listOutbox()).length - outboxBefore);
    expect(mails.map((mail) => mail.to).sort()).toEqual([admin.email, otherAdmin.email].sort());
    expect(mails[0]?.subject).toBe("Draft ready: Quarterly activity report, Q2 2026");
    expect(mails[0]?.text).toContain("/dashboard/reports");
    expect(await db.auditLog.count({ where: { action: "report.draft" } })).toBe(1);
  });
});

describe("highlights and refusals", () => {
  it("lets the office add, edit and delete highlights in three languages", async () => {
    actAs(officer);
    const created = await createHighlightAction({ happenedOn: "2026-03-03", title: "Erasmus+ accreditation renewed", text: "", translations: { az: { title: "Erasmus+ akkreditasiyası yeniləndi", text: "" } } });
    expect(created.ok).toBe(true);
    const id = (created as { data: { id: string } }).data.id;
    expect((await updateHighlightAction({ id, happenedOn: "2026-03-04", title: "Erasmus+ accreditation renewed until 2027", text: "" })).ok).toBe(true);
    expect(await db.activityHighlight.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Erasmus+ accreditation renewed until 2027", happenedOn: day("2026-03-04") });
    expect((await deleteHighlightAction({ id })).ok).toBe(true);
    expect(await db.activityHighlight.count({ where: { id } })).toBe(0);
  });

  it.each(["COORDINATOR", "STUDENT"] as const)("refuses a %s every report and highlight write, changing nothing", async (role) => {
    actAs(role === "COORDINATOR" ? coordinator : student);
    const highlight = await db.activityHighlight.findFirstOrThrow();
    const before = await countAllRows();
    const results = [
      await generateReportAction({ kind: "ANNUAL", year: "2025", language: "en" } as never),
      await createHighlightAction({ happenedOn: "2026-03-03", title: "Not mine to add", text: "" }),
      await updateHighlightAction({ id: highlight.id, happenedOn: "2026-03-03", title: "Not mine to edit", text: "" }),
      await deleteHighlightAction({ id: highlight.id }),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countAllRows()).toEqual(before);
  });
});
