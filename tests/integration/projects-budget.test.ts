import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as downloadReceipt, POST as uploadReceipt } from "@/app/api/projects/[id]/expenses/[expenseId]/receipt/route";
import { GET as downloadDocument } from "@/app/api/projects/[id]/documents/[versionId]/route";
import { POST as uploadDocument } from "@/app/api/projects/[id]/documents/route";
import { db } from "@/lib/db/client";
import { addBudgetLineAction, addExpenseAction, removeBudgetLineAction, setBudgetYearClosedAction } from "@/lib/projects/budget-actions";
import { addActivityAction, addDeliverableAction, addWorkPackageAction } from "@/lib/projects/plan-actions";
import { getProjectBudget } from "@/lib/projects/plan-queries";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { exeBytes, pdfBytes } from "@/tests/helpers/application-factories";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/** Issue 12: the work plan's and the budget's rules, expenses in exact money, and the project's files by role. */

const ORIGIN = "http://localhost:3000";

let officer: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let projectId: string;
let otherProjectId: string;

async function storedProject(unitId: string, slug: string) {
  return (
    await db.project.create({
      data: {
        slug,
        title: `Project ${slug}`,
        fundingProgram: "Erasmus+",
        coordinatorInstitution: "Test University",
        ourRole: "COORDINATOR",
        status: "RUNNING",
        unitId,
        startDate: new Date("2025-01-01"),
        endDate: new Date("2027-12-31"),
        currency: "EUR",
      },
    })
  ).id;
}

beforeAll(async () => {
  await ensureInstitution();
  const unitId = (await createUnit()).id;
  const otherUnitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId });
  otherCoordinator = await createUser({ role: "COORDINATOR", unitId: otherUnitId });
  projectId = await storedProject(unitId, "budget-project");
  otherProjectId = await storedProject(otherUnitId, "other-project");
});

beforeEach(() => actAsVisitor());

let lines = 0;

/** A budget line (each with its own description, so any number fit one category and year). */
async function line(category: "STAFF" | "TRAVEL", year: number, planned: string, project = projectId): Promise<string> {
  actAs(officer);
  const result = await addBudgetLineAction({ projectId: project, category, year: String(year), description: `Line ${++lines}`, planned });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

function expense(budgetLineId: string, overrides: Record<string, string> = {}) {
  return addExpenseAction({ projectId, budgetLineId, spentOn: "2025-05-10", description: "Flights to Graz", amount: "100.00", currency: "AZN", rate: "0.54321", ...overrides });
}

describe("the work plan", () => {
  it("refuses a work package outside the project's 36 months, and one led by another project's partner", async () => {
    actAs(officer);
    const before = await countAllRows();
    const late = await addWorkPackageAction({ projectId, number: "3", title: "Dissemination", startMonth: "30", endMonth: "40" });
    expect(late).toMatchObject({ ok: false, fieldErrors: { endMonth: ["projects.validation.outsidePeriod"] }, values: { months: 36 } });
    const backwards = await addWorkPackageAction({ projectId, number: "3", title: "Dissemination", startMonth: "12", endMonth: "6" });
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { endMonth: ["projects.validation.monthOrder"] } });
    const stranger = await db.projectPartner.create({ data: { projectId: otherProjectId, name: "Elsewhere University" } });
    const foreignLead = await addWorkPackageAction({ projectId, number: "3", title: "Dissemination", leadPartnerId: stranger.id });
    expect(foreignLead).toMatchObject({ ok: false, fieldErrors: { leadPartnerId: ["common.form.errors.invalidOption"] } });
    expect(await countAllRows()).toEqual({ ...before, ProjectPartner: before.ProjectPartner! + 1 });
    expect(await addWorkPackageAction({ projectId, number: "3", title: "WP3: Dissemination", startMonth: "1", endMonth: "36" })).toMatchObject({ ok: true });
    const duplicate = await addWorkPackageAction({ projectId, number: "3", title: "Again" });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { number: ["projects.validation.workPackageTaken"] } });
  });

  it("adds deliverables and activities, refusing a due date before the start and activity dates out of order", async () => {
    actAs(officer);
    expect(await addDeliverableAction({ projectId, code: "D1.1", title: "Needs analysis", kind: "DELIVERABLE", dueDate: "2024-12-01", status: "PLANNED" })).toMatchObject({
      ok: false,
      fieldErrors: { dueDate: ["projects.validation.dueBeforeStart"] },
    });
    expect(await addDeliverableAction({ projectId, code: "D1.1", title: "Needs analysis", kind: "DELIVERABLE", dueDate: "2025-06-30", status: "PLANNED" })).toMatchObject({ ok: true });
    expect(await addActivityAction({ projectId, title: "Summer School", startDate: "2025-07-07", endDate: "2025-07-01" })).toMatchObject({
      ok: false,
      fieldErrors: { endDate: ["common.form.errors.dateOrder"] },
    });
    expect(await addActivityAction({ projectId, title: "Summer School", startDate: "2025-07-01", endDate: "2025-07-07", place: "Tbilisi", staffCount: "3", studentCount: "2" })).toMatchObject({ ok: true });
  });
});

describe("the budget", () => {
  it("converts an expense at its rate, rounded half-up to cents, and totals it on its line", async () => {
    const staff = await line("STAFF", 2025, "1000.00");
    actAs(officer);
    const first = await expense(staff);
    expect(first).toMatchObject({ ok: true, data: { projectAmount: "54.32", lineOver: false } });
    expect(await expense(staff, { amount: "0.15", rate: "0.5", currency: "USD" })).toMatchObject({ ok: true, data: { projectAmount: "0.08" } });
    const stored = await db.expense.findFirstOrThrow({ where: { budgetLineId: staff, currency: "AZN" } });
    expect([stored.amount.toFixed(2), stored.rate.toString(), stored.projectAmount.toFixed(2), stored.createdById]).toEqual(["100.00", "0.54321", "54.32", officer.id]);
    const budget = await getProjectBudget(officer, { id: projectId, startDate: "2025-01-01", endDate: "2027-12-31" }, new Date("2026-07-01T00:00:00Z"));
    expect(budget.summary.lines.find((row) => row.id === staff)).toMatchObject({ planned: "1000.00", spent: "54.40", remaining: "945.60", burn: 5.4, over: false });
  });

  it("saves an expense that takes its line over the plan, with a warning", async () => {
    const travel = await line("TRAVEL", 2025, "50.00");
    actAs(officer);
    expect(await expense(travel, { amount: "60.00", currency: "EUR", rate: "1" })).toMatchObject({ ok: true, data: { projectAmount: "60.00", lineOver: true } });
  });

  it.each([
    ["a line of another project", "budgetLineId", "projects.validation.lineUnknown", async () => ({ budgetLineId: await line("STAFF", 2025, "10.00", otherProjectId) })],
    ["a line that does not exist", "budgetLineId", "projects.validation.lineUnknown", async () => ({ budgetLineId: "00000000-0000-4000-8000-000000000001" })],
    ["a date outside its line's year", "spentOn", "projects.validation.expenseYear", async () => ({ budgetLineId: await line("STAFF", 2026, "10.00"), spentOn: "2025-12-31" })],
    ["a negative amount", "amount", "projects.validation.positive", async () => ({ budgetLineId: await line("TRAVEL", 2026, "10.00"), amount: "-12.00" })],
    ["an absurd amount", "amount", "common.form.errors.tooLarge|max=10000000", async () => ({ budgetLineId: await line("TRAVEL", 2027, "10.00"), amount: "25000000000" })],
    ["a zero rate", "rate", "projects.validation.positive", async () => ({ budgetLineId: await line("STAFF", 2027, "10.00"), rate: "0" })],
    ["a rate other than 1 in the budget's currency", "rate", "projects.validation.rateOne", async () => ({ budgetLineId: await line("STAFF", 2025, "20.00"), currency: "EUR", rate: "1.1" })],
  ] as const)("refuses an expense on %s next to its field and stores nothing", async (_case, field, message, build) => {
    const overrides: Record<string, string> = { ...(await build()) };
    actAs(officer);
    const before = await countAllRows();
    const result = await expense(overrides.budgetLineId!, overrides);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors?.[field], JSON.stringify(result)).toEqual([message]);
    expect(await countAllRows()).toEqual(before);
  });

  it("refuses expenses in a closed year until it is reopened, and a line with expenses cannot be removed", async () => {
    const staff = await line("STAFF", 2026, "500.00");
    actAs(officer);
    expect(await expense(staff, { spentOn: "2026-02-01" })).toMatchObject({ ok: true });
    expect(await setBudgetYearClosedAction({ projectId, year: "2026", closed: "true" })).toMatchObject({ ok: true });
    const before = await countAllRows();
    const closed = await expense(staff, { spentOn: "2026-03-01" });
    expect(closed).toMatchObject({ ok: false, fieldErrors: { spentOn: ["projects.validation.yearClosed"] }, values: { year: 2026 } });
    expect(await countAllRows()).toEqual(before);
    expect(await setBudgetYearClosedAction({ projectId, year: "2026", closed: "" })).toMatchObject({ ok: true });
    expect(await expense(staff, { spentOn: "2026-03-01" })).toMatchObject({ ok: true });
    expect(await removeBudgetLineAction({ id: staff })).toMatchObject({ ok: false, formError: "projects.validation.lineHasExpenses" });
  });

  it("refuses a budget line outside the project's years", async () => {
    actAs(officer);
    expect(await addBudgetLineAction({ projectId, category: "STAFF", year: "2031", description: "", planned: "10" })).toMatchObject({
      ok: false,
      fieldErrors: { year: ["projects.validation.yearOutside"] },
      values: { first: 2025, last: 2027 },
    });
  });

  it("is another unit's coordinator's to neither read nor write (404)", async () => {
    const staff = await line("STAFF", 2025, "10.00");
    actAs(otherCoordinator);
    expect(await expense(staff)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const budget = await getProjectBudget(otherCoordinator, { id: projectId, startDate: "2025-01-01", endDate: "2027-12-31" });
    expect(budget.summary.lines).toEqual([]);
    expect(budget.expenses).toEqual([]);
  });
});

describe("the project's files", () => {
  function uploadDocumentRequest(project: string, bytes: Uint8Array, fields: Record<string, string> = { title: "Grant agreement", kind: "GRANT_AGREEMENT" }) {
    const form = new FormData();
    form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], "grant agreement.pdf", { type: "application/pdf" }));
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return uploadDocument(new Request(`${ORIGIN}/api/projects/${project}/documents`, { method: "POST", body: form, headers: { origin: ORIGIN } }), {
      params: Promise.resolve({ id: project }),
    });
  }
  const getDocument = (project: string, versionId: string) =>
    downloadDocument(new Request(`${ORIGIN}/api/projects/${project}/documents/${versionId}`), { params: Promise.resolve({ id: project, versionId }) });

  it("keeps numbered versions of a document and lets the office and the project's unit download them, nobody else", async () => {
    actAs(coordinator);
    const first = await uploadDocumentRequest(projectId, pdfBytes());
    expect(first.status).toBe(201);
    const { documentId, versionId } = (await first.json()) as { documentId: string; versionId: string };
    const second = await uploadDocumentRequest(projectId, pdfBytes(5), { title: "Grant agreement", kind: "GRANT_AGREEMENT", documentId });
    expect(await second.json()).toMatchObject({ documentId, version: 2 });

    expect((await getDocument(projectId, versionId)).status).toBe(200);
    actAs(officer);
    const asOfficer = await getDocument(projectId, versionId);
    expect(asOfficer.status).toBe(200);
    expect(asOfficer.headers.get("content-disposition")).toMatch(/^attachment;/);
    actAs(otherCoordinator);
    expect((await getDocument(projectId, versionId)).status).toBe(404);
    // A visitor is told to sign in; nothing says whether the document exists.
    actAsVisitor();
    expect((await getDocument(projectId, versionId)).status).toBe(401);
  });

  it("refuses a file that is not a document by its bytes, and another unit's coordinator's upload, storing nothing", async () => {
    actAs(coordinator);
    const before = await countAllRows();
    const exe = await uploadDocumentRequest(projectId, exeBytes());
    expect(exe.status).toBe(422);
    expect(await exe.json()).toMatchObject({ fieldErrors: { file: ["projects.files.errors.type"] } });
    actAs(otherCoordinator);
    expect((await uploadDocumentRequest(projectId, pdfBytes())).status).toBe(404);
    expect(await countAllRows()).toEqual(before);
  });

  it("attaches a receipt to an expense, downloadable by the project's unit only", async () => {
    const expenseRow = await db.expense.findFirstOrThrow({ where: { projectId } });
    const form = new FormData();
    form.set("file", new File([pdfBytes() as Uint8Array<ArrayBuffer>], "receipt.pdf", { type: "application/pdf" }));
    actAs(coordinator);
    const params = { params: Promise.resolve({ id: projectId, expenseId: expenseRow.id }) };
    const uploaded = await uploadReceipt(new Request(`${ORIGIN}/api/projects/${projectId}/expenses/${expenseRow.id}/receipt`, { method: "POST", body: form, headers: { origin: ORIGIN } }), params);
    expect(uploaded.status).toBe(201);
    const get = () => downloadReceipt(new Request(`${ORIGIN}/api/projects/${projectId}/expenses/${expenseRow.id}/receipt`), { params: Promise.resolve({ id: projectId, expenseId: expenseRow.id }) });
    expect((await get()).status).toBe(200);
    actAs(otherCoordinator);
    expect((await get()).status).toBe(404);
  });
});
