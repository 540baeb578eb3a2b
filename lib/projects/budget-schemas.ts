import { z } from "zod";
import { checkbox, choice, day, longText, recordId, requiredRef, requiredText, wholeNumber } from "@/lib/forms/fields";
import { BudgetCategory } from "@/lib/generated/prisma/enums";
import { currencyCode, exchangeRate, moneyAmount } from "./money-fields";

/** The budget's schemas: lines by category and year, expenses, and closing a year. Messages are keys. */

/** The largest amount one budget line may plan. */
export const BUDGET_LINE_MAX = "100000000";
/** The largest single expense: anything above is a typing mistake (a misplaced separator), not a purchase. */
export const EXPENSE_MAX = "10000000";
/** The largest exchange rate accepted (units of the project's currency per unit of the expense's). */
export const RATE_MAX = "100000";

export const budgetLineFieldsSchema = z.strictObject({
  category: choice(BudgetCategory),
  year: wholeNumber(1990, 2100),
  description: longText(200),
  planned: moneyAmount(BUDGET_LINE_MAX, { allowZero: true }),
});

export const addBudgetLineSchema = budgetLineFieldsSchema.extend({ projectId: recordId });
export const updateBudgetLineSchema = budgetLineFieldsSchema.extend({ id: recordId });

export const expenseFieldsSchema = z.strictObject({
  budgetLineId: requiredRef("projects.validation.lineRequired"),
  spentOn: day,
  description: requiredText(300),
  amount: moneyAmount(EXPENSE_MAX),
  currency: currencyCode,
  rate: exchangeRate(RATE_MAX),
});

export const addExpenseSchema = expenseFieldsSchema.extend({ projectId: recordId });

/** Closes a year for expenses once it is reported to the funder (or opens it again). */
export const setYearClosedSchema = z.strictObject({ projectId: recordId, year: wholeNumber(1990, 2100), closed: checkbox });

export type BudgetLineFieldsInput = z.input<typeof budgetLineFieldsSchema>;
export type BudgetLineFields = z.output<typeof budgetLineFieldsSchema>;
export type ExpenseFieldsInput = z.input<typeof expenseFieldsSchema>;
export type ExpenseFields = z.output<typeof expenseFieldsSchema>;

export function budgetLineFormValues(line?: { category: BudgetCategory; year: number; description: string; planned: string }, year?: number): BudgetLineFieldsInput {
  return {
    category: line?.category ?? "STAFF",
    year: String(line?.year ?? year ?? ""),
    description: line?.description ?? "",
    planned: line?.planned ?? "",
  };
}

export function emptyExpenseForm(defaults: { currency: string; rate: string; spentOn: string }): ExpenseFieldsInput {
  return { budgetLineId: "", spentOn: defaults.spentOn, description: "", amount: "", currency: defaults.currency, rate: defaults.rate };
}
