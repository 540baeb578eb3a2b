"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { addBudgetLineSchema, addExpenseSchema, setYearClosedSchema, updateBudgetLineSchema } from "./budget-schemas";
import { addBudgetLine, addExpense, removeBudgetLine, removeExpense, setBudgetYearClosed, updateBudgetLine } from "./budget-service";
import { removeByIdSchema } from "./plan-schemas";

/** The budget's server actions: lines, expenses and closing a year. */

function refreshProjectPages(): void {
  revalidatePath("/dashboard/projects", "layout");
  revalidatePath("/projects", "layout");
}

export const addBudgetLineAction = safeAction({
  name: "projects.budget-line.add",
  access: "project:update",
  schema: addBudgetLineSchema,
  handler: async (input, { user }) => {
    const result = await addBudgetLine(user, input);
    refreshProjectPages();
    return result;
  },
});

export const updateBudgetLineAction = safeAction({
  name: "projects.budget-line.update",
  access: "project:update",
  schema: updateBudgetLineSchema,
  handler: async (input, { user }) => {
    const result = await updateBudgetLine(user, input);
    refreshProjectPages();
    return result;
  },
});

export const removeBudgetLineAction = safeAction({
  name: "projects.budget-line.remove",
  access: "project:update",
  schema: removeByIdSchema,
  handler: async (input, { user }) => {
    const result = await removeBudgetLine(user, input);
    refreshProjectPages();
    return result;
  },
});

export const setBudgetYearClosedAction = safeAction({
  name: "projects.budget-year.close",
  access: "project:update",
  schema: setYearClosedSchema,
  handler: async (input, { user }) => {
    const result = await setBudgetYearClosed(user, input);
    refreshProjectPages();
    return result;
  },
});

export const addExpenseAction = safeAction({
  name: "projects.expense.add",
  access: "project:update",
  schema: addExpenseSchema,
  handler: async (input, { user }) => {
    const result = await addExpense(user, input);
    refreshProjectPages();
    return result;
  },
});

export const removeExpenseAction = safeAction({
  name: "projects.expense.remove",
  access: "project:update",
  schema: removeByIdSchema,
  handler: async (input, { user }) => {
    const result = await removeExpense(user, input);
    refreshProjectPages();
    return result;
  },
});
