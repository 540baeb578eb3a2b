import "server-only";
import { toIsoDay, todayIso } from "@/lib/agreements/dates";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { requireStaffProjectRead, staffProjectScope } from "./access";
import { summarizeBudget } from "./budget";
import { byWorkPackageNumber } from "./plan-schemas";

/**
 * A project's work plan, budget and documents for its staff pages. Each read goes through the
 * user's scope: another unit's project gives empty results, and its page has already answered 404.
 */

export async function getProjectWorkPlan(user: SessionUser | null, projectId: string) {
  requireStaffProjectRead(user);
  const project = { AND: [staffProjectScope(user), { id: projectId }] };
  const [workPackages, deliverables, activities] = await Promise.all([
    db.workPackage.findMany({
      where: { project },
      select: {
        id: true,
        code: true,
        title: true,
        description: true,
        translations: true,
        leadPartnerId: true,
        startMonth: true,
        endMonth: true,
        leadPartner: { select: { name: true } },
      },
    }),
    db.deliverable.findMany({
      where: { project },
      select: {
        id: true,
        code: true,
        title: true,
        kind: true,
        workPackageId: true,
        dueDate: true,
        responsible: true,
        status: true,
        version: true,
        workPackage: { select: { code: true } },
        file: { select: { fileName: true, sizeBytes: true } },
      },
      orderBy: [{ dueDate: "asc" }, { code: "asc" }],
    }),
    db.projectActivity.findMany({
      where: { project },
      select: {
        id: true,
        title: true,
        description: true,
        translations: true,
        startDate: true,
        endDate: true,
        place: true,
        participants: true,
        staffCount: true,
        studentCount: true,
      },
      orderBy: [{ startDate: "asc" }, { title: "asc" }],
    }),
  ]);
  return {
    workPackages: workPackages.sort(byWorkPackageNumber),
    deliverables: deliverables.map((row) => ({ ...row, dueDate: toIsoDay(row.dueDate)! })),
    activities: activities.map((row) => ({ ...row, startDate: toIsoDay(row.startDate)!, endDate: toIsoDay(row.endDate) })),
  };
}

export type ProjectWorkPlan = Awaited<ReturnType<typeof getProjectWorkPlan>>;

/** The most recent expenses listed on the budget page; the totals always count every one. */
export const EXPENSES_SHOWN = 200;

/**
 * The budget page's data: each line with what was spent on it (summed by the database), the
 * figures by category and year, and the latest expenses.
 */
export async function getProjectBudget(user: SessionUser | null, project: { id: string; startDate: string; endDate: string }, now = new Date()) {
  requireStaffProjectRead(user);
  const scoped = { AND: [staffProjectScope(user), { id: project.id }] };
  const [lines, spent, expenses, expenseCount] = await Promise.all([
    db.budgetLine.findMany({
      where: { project: scoped },
      select: { id: true, category: true, year: true, description: true, planned: true, closed: true },
      orderBy: [{ year: "asc" }, { category: "asc" }, { description: "asc" }],
    }),
    db.expense.groupBy({ by: ["budgetLineId"], where: { project: scoped }, _sum: { projectAmount: true } }),
    db.expense.findMany({
      where: { project: scoped },
      select: {
        id: true,
        budgetLineId: true,
        spentOn: true,
        description: true,
        amount: true,
        currency: true,
        rate: true,
        projectAmount: true,
        receipt: { select: { fileName: true } },
        createdBy: { select: { name: true } },
      },
      orderBy: [{ spentOn: "desc" }, { createdAt: "desc" }],
      take: EXPENSES_SHOWN,
    }),
    db.expense.count({ where: { project: scoped } }),
  ]);
  const spentByLine = new Map(spent.map((row) => [row.budgetLineId, row._sum.projectAmount?.toFixed(2) ?? "0.00"]));
  const facts = lines.map((line) => ({ ...line, planned: line.planned.toFixed(2), spent: spentByLine.get(line.id) ?? "0.00" }));
  return {
    summary: summarizeBudget(facts, { start: project.startDate, end: project.endDate, today: todayIso(now) }),
    expenses: expenses.map((row) => ({
      ...row,
      spentOn: toIsoDay(row.spentOn)!,
      amount: row.amount.toFixed(2),
      rate: row.rate.toString(),
      projectAmount: row.projectAmount.toFixed(2),
    })),
    expenseCount,
  };
}

export type ProjectBudget = Awaited<ReturnType<typeof getProjectBudget>>;

/** The budget's currency (the project's, else the institution's) and the institution's, in which the office pays. */
export async function getBudgetCurrencies(project: { currency: string | null }): Promise<{ budget: string; institution: string }> {
  const institution = await db.institution.findUnique({ where: { id: 1 }, select: { currency: true } });
  const institutionCurrency = institution?.currency ?? "AZN";
  return { budget: project.currency ?? institutionCurrency, institution: institutionCurrency };
}

export async function listProjectDocuments(user: SessionUser | null, projectId: string) {
  requireStaffProjectRead(user);
  return db.projectDocument.findMany({
    where: { project: { AND: [staffProjectScope(user), { id: projectId }] } },
    select: {
      id: true,
      title: true,
      kind: true,
      versions: {
        select: { id: true, version: true, createdAt: true, uploadedBy: { select: { name: true } }, file: { select: { fileName: true, sizeBytes: true } } },
        orderBy: { version: "desc" },
      },
    },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
  });
}

export type ProjectDocumentRow = Awaited<ReturnType<typeof listProjectDocuments>>[number];
