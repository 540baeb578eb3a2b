import "server-only";
import { fromIsoDay, toIsoDay } from "@/lib/agreements/dates";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { uniqueFieldErrors } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { loadProjectForWrite, requireStaffProjectRead, staffProjectScope, type ProjectForWrite } from "./access";
import type { BudgetLineFields, ExpenseFields } from "./budget-schemas";
import { centsText, convertToProjectCurrency, toDecimal } from "./money";
import { projectYears } from "./period";

/**
 * The budget's writes: lines (category, year, planned), expenses and closing a year once it is
 * reported. Money is exact (./money.ts). An expense is refused on a line that is not the project's,
 * in a year other than its line's, or in a closed year; one that takes its line over the plan is
 * saved with a warning. Each write is audited on the project; a refusal stores nothing.
 */

const lineTaken = uniqueFieldErrors({ BudgetLine_projectId_category_year_description_key: ["description", "projects.validation.lineTaken"] });

/** The currency the budget is kept in: the project's, else the institution's. */
export async function budgetCurrencyOf(tx: TransactionClient, project: { currency: string | null }): Promise<string> {
  if (project.currency) return project.currency;
  const institution = await tx.institution.findUnique({ where: { id: 1 }, select: { currency: true } });
  return institution?.currency ?? "AZN";
}

function checkYearInPeriod(project: ProjectForWrite, year: number): void {
  const years = projectYears(toIsoDay(project.startDate)!, toIsoDay(project.endDate)!);
  if (!years.includes(year)) throw fieldError("year", "projects.validation.yearOutside", { first: years[0] ?? year, last: years.at(-1) ?? year });
}

/** The line and its project, through the user's scope (another unit's line reads as missing). */
async function lineForWrite(tx: TransactionClient, user: SessionUser, id: string) {
  const line = await tx.budgetLine.findFirst({ where: { id, project: staffProjectScope(user) }, select: { id: true, projectId: true, year: true, closed: true } });
  if (!line) throw new AppError("NOT_FOUND");
  return { line, project: await loadProjectForWrite(tx, user, line.projectId) };
}

async function yearIsClosed(tx: TransactionClient, projectId: string, year: number): Promise<boolean> {
  return (await tx.budgetLine.count({ where: { projectId, year, closed: true } })) > 0;
}

export async function addBudgetLine(user: SessionUser | null, input: BudgetLineFields & { projectId: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const { projectId, ...fields } = input;
  return auditedWrite(user, async (tx, audit) => {
    const project = await loadProjectForWrite(tx, user, projectId);
    checkYearInPeriod(project, fields.year);
    // A line added to a year already reported is closed with it.
    const closed = await yearIsClosed(tx, projectId, fields.year);
    const created = await tx.budgetLine.create({ data: { ...fields, closed, projectId }, select: { id: true } }).catch(lineTaken);
    await audit({ action: "project.budget-line.add", entityType: "Project", entityId: projectId, after: { id: created.id, ...fields, closed } });
    return created;
  });
}

export async function updateBudgetLine(user: SessionUser | null, input: BudgetLineFields & { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const { id, ...fields } = input;
  return auditedWrite(user, async (tx, audit) => {
    const { line, project } = await lineForWrite(tx, user, id);
    if (line.closed) throw fieldError("planned", "projects.validation.yearClosed", { year: line.year });
    checkYearInPeriod(project, fields.year);
    if (fields.year !== line.year && (await tx.expense.count({ where: { budgetLineId: id } })) > 0) {
      throw fieldError("year", "projects.validation.lineHasExpenses");
    }
    const before = await tx.budgetLine.findUniqueOrThrow({ where: { id } });
    await tx.budgetLine.update({ where: { id }, data: fields }).catch(lineTaken);
    await audit({ action: "project.budget-line.update", entityType: "Project", entityId: project.id, before, after: { id, ...fields } });
    return { id };
  });
}

export async function removeBudgetLine(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const { project } = await lineForWrite(tx, user, input.id);
    if ((await tx.expense.count({ where: { budgetLineId: input.id } })) > 0) {
      throw new AppError("VALIDATION", { messageKey: "projects.validation.lineHasExpenses" });
    }
    const before = await tx.budgetLine.delete({ where: { id: input.id } });
    await audit({ action: "project.budget-line.remove", entityType: "Project", entityId: project.id, before });
    return { id: input.id };
  });
}

/** Closes a year for expenses once it is reported to the funder, or opens it again (all its lines). */
export async function setBudgetYearClosed(user: SessionUser | null, input: { projectId: string; year: number; closed: boolean }): Promise<{ count: number }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    await loadProjectForWrite(tx, user, input.projectId);
    const { count } = await tx.budgetLine.updateMany({ where: { projectId: input.projectId, year: input.year }, data: { closed: input.closed } });
    if (count === 0) throw fieldError("year", "projects.validation.noLinesInYear", { year: input.year });
    await audit({
      action: input.closed ? "project.budget-year.close" : "project.budget-year.reopen",
      entityType: "Project",
      entityId: input.projectId,
      after: { year: input.year, closed: input.closed },
    });
    return { count };
  });
}

/** The result of an expense: its id, and whether its line is now over its plan (a warning, not a refusal). */
export interface ExpenseResult {
  id: string;
  projectAmount: string;
  lineOver: boolean;
}

export async function addExpense(user: SessionUser | null, input: ExpenseFields & { projectId: string }): Promise<ExpenseResult> {
  requireStaffProjectRead(user);
  const { projectId, ...fields } = input;
  return auditedWrite(user, async (tx, audit) => {
    const project = await loadProjectForWrite(tx, user, projectId);
    // Shares the line with a concurrent "close the year", which waits for this expense (or this waits for it).
    const [line] = await tx.$queryRaw<{ year: number; closed: boolean; planned: string }[]>`
      SELECT "year", "closed", "planned"::text AS "planned" FROM "BudgetLine"
      WHERE "id" = ${fields.budgetLineId}::uuid AND "projectId" = ${projectId}::uuid FOR SHARE`;
    if (!line) throw fieldError("budgetLineId", "projects.validation.lineUnknown");
    const spentYear = Number(fields.spentOn.slice(0, 4));
    if (line.closed) throw fieldError("spentOn", "projects.validation.yearClosed", { year: line.year });
    if (spentYear !== line.year) throw fieldError("spentOn", "projects.validation.expenseYear", { year: line.year });
    const budgetCurrency = await budgetCurrencyOf(tx, project);
    if (fields.currency === budgetCurrency && !toDecimal(fields.rate).equals(1)) throw fieldError("rate", "projects.validation.rateOne", { currency: budgetCurrency });

    const projectAmount = centsText(convertToProjectCurrency(fields.amount, fields.rate));
    const data = { ...fields, spentOn: fromIsoDay(fields.spentOn), projectAmount, projectId, createdById: user.id };
    const created = await tx.expense.create({ data, select: { id: true } });
    const spent = await tx.expense.aggregate({ where: { budgetLineId: fields.budgetLineId }, _sum: { projectAmount: true } });
    const lineOver = toDecimal(spent._sum.projectAmount ?? "0").greaterThan(toDecimal(line.planned));
    await audit({ action: "project.expense.add", entityType: "Project", entityId: projectId, after: { id: created.id, ...fields, projectAmount, budgetCurrency } });
    return { id: created.id, projectAmount, lineOver };
  });
}

export async function removeExpense(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const expense = await tx.expense.findFirst({
      where: { id: input.id, project: staffProjectScope(user) },
      select: { projectId: true, budgetLine: { select: { closed: true, year: true } } },
    });
    if (!expense) throw new AppError("NOT_FOUND");
    await loadProjectForWrite(tx, user, expense.projectId);
    if (expense.budgetLine.closed) throw new AppError("VALIDATION", { messageKey: "projects.validation.yearClosed", values: { year: expense.budgetLine.year } });
    const before = await tx.expense.delete({ where: { id: input.id } });
    await audit({ action: "project.expense.remove", entityType: "Project", entityId: expense.projectId, before });
    return { id: input.id };
  });
}
