"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { createProjectSchema, transitionProjectSchema, updateProjectSchema } from "./schemas";
import { createProject, transitionProject, updateProject } from "./service";

/** The project record's server actions; the work plan's and the budget's are in their own files. */

function refreshProjectPages(): void {
  revalidatePath("/dashboard/projects", "layout");
  revalidatePath("/projects", "layout");
}

export const createProjectAction = safeAction({
  name: "projects.create",
  access: "project:create",
  schema: createProjectSchema,
  handler: async (input, { user }) => {
    const result = await createProject(user, input);
    refreshProjectPages();
    return result;
  },
});

export const updateProjectAction = safeAction({
  name: "projects.update",
  access: "project:update",
  schema: updateProjectSchema,
  handler: async (input, { user }) => {
    const result = await updateProject(user, input);
    refreshProjectPages();
    return result;
  },
});

export const transitionProjectAction = safeAction({
  name: "projects.transition",
  access: "project:update",
  schema: transitionProjectSchema,
  handler: async (input, { user }) => {
    const result = await transitionProject(user, input);
    refreshProjectPages();
    return result;
  },
});
