"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import {
  createIndicatorSchema,
  deleteActualSchema,
  deleteGoalSchema,
  deleteIndicatorSchema,
  goalFieldsSchema,
  saveActualSchema,
  updateGoalSchema,
  updateIndicatorSchema,
} from "./schemas";
import { createGoal, createIndicator, deleteActual, deleteGoal, deleteIndicator, saveActual, updateGoal, updateIndicator } from "./service";

function refreshStrategyPages(): void {
  revalidatePath("/dashboard/strategy", "layout");
}

export const createGoalAction = safeAction({
  name: "strategy.goal.create",
  access: "strategy:create",
  schema: goalFieldsSchema,
  handler: async (input, { user }) => {
    const result = await createGoal(user, input);
    refreshStrategyPages();
    return result;
  },
});

export const updateGoalAction = safeAction({
  name: "strategy.goal.update",
  access: "strategy:update",
  schema: updateGoalSchema,
  handler: async (input, { user }) => {
    const result = await updateGoal(user, input);
    refreshStrategyPages();
    return result;
  },
});

export const deleteGoalAction = safeAction({
  name: "strategy.goal.delete",
  access: "strategy:delete",
  schema: deleteGoalSchema,
  handler: async (input, { user }) => {
    const result = await deleteGoal(user, input);
    refreshStrategyPages();
    return result;
  },
});

export const createIndicatorAction = safeAction({
  name: "strategy.indicator.create",
  access: "strategy:create",
  schema: createIndicatorSchema,
  handler: async (input, { user }) => {
    const result = await createIndicator(user, input);
    refreshStrategyPages();
    return result;
  },
});

export const updateIndicatorAction = safeAction({
  name: "strategy.indicator.update",
  access: "strategy:update",
  schema: updateIndicatorSchema,
  handler: async (input, { user }) => {
    const result = await updateIndicator(user, input);
    refreshStrategyPages();
    return result;
  },
});

export const deleteIndicatorAction = safeAction({
  name: "strategy.indicator.delete",
  access: "strategy:delete",
  schema: deleteIndicatorSchema,
  handler: async (input, { user }) => {
    const result = await deleteIndicator(user, input);
    refreshStrategyPages();
    return result;
  },
});

export const saveActualAction = safeAction({
  name: "strategy.actual.save",
  access: "strategy:update",
  schema: saveActualSchema,
  handler: async (input, { user }) => {
    const result = await saveActual(user, input);
    refreshStrategyPages();
    return result;
  },
});

export const deleteActualAction = safeAction({
  name: "strategy.actual.delete",
  access: "strategy:update",
  schema: deleteActualSchema,
  handler: async (input, { user }) => {
    const result = await deleteActual(user, input);
    refreshStrategyPages();
    return result;
  },
});
