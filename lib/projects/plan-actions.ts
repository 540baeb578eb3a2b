"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import {
  addActivitySchema,
  addDeliverableSchema,
  addWorkPackageSchema,
  removeByIdSchema,
  updateActivitySchema,
  updateDeliverableSchema,
  updateWorkPackageSchema,
} from "./plan-schemas";
import { addActivity, addDeliverable, addWorkPackage, removeActivity, removeDeliverable, removeWorkPackage, updateActivity, updateDeliverable, updateWorkPackage } from "./plan-service";

/** The work plan's server actions: work packages, deliverables and activities. */

function refreshProjectPages(): void {
  revalidatePath("/dashboard/projects", "layout");
  revalidatePath("/projects", "layout");
}

function planAction<S extends Parameters<typeof safeAction>[0]["schema"], T>(name: string, schema: S, run: Parameters<typeof safeAction<S, T, "project:update">>[0]["handler"]) {
  return safeAction({
    name: `projects.${name}`,
    access: "project:update",
    schema,
    handler: async (input, context) => {
      const result = await run(input, context);
      refreshProjectPages();
      return result;
    },
  });
}

export const addWorkPackageAction = planAction("work-package.add", addWorkPackageSchema, (input, { user }) => addWorkPackage(user, input));
export const updateWorkPackageAction = planAction("work-package.update", updateWorkPackageSchema, (input, { user }) => updateWorkPackage(user, input));
export const removeWorkPackageAction = planAction("work-package.remove", removeByIdSchema, (input, { user }) => removeWorkPackage(user, input));

export const addDeliverableAction = planAction("deliverable.add", addDeliverableSchema, (input, { user }) => addDeliverable(user, input));
export const updateDeliverableAction = planAction("deliverable.update", updateDeliverableSchema, (input, { user }) => updateDeliverable(user, input));
export const removeDeliverableAction = planAction("deliverable.remove", removeByIdSchema, (input, { user }) => removeDeliverable(user, input));

export const addActivityAction = planAction("activity.add", addActivitySchema, (input, { user }) => addActivity(user, input));
export const updateActivityAction = planAction("activity.update", updateActivitySchema, (input, { user }) => updateActivity(user, input));
export const removeActivityAction = planAction("activity.remove", removeByIdSchema, (input, { user }) => removeActivity(user, input));
