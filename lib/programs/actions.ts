"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { clearCatalogueCache } from "@/lib/opportunities/catalogue";
import { createProgramSchema, setProgramActiveSchema, updateProgramSchema } from "./schemas";
import { createProgram, setProgramActive, updateProgram } from "./service";

function refresh() {
  clearCatalogueCache();
  revalidatePath("/dashboard/programs", "layout");
}

export const createProgramAction = safeAction({
  name: "programs.create",
  access: "program:create",
  schema: createProgramSchema,
  handler: async (input, { user }) => {
    const result = await createProgram(user, input);
    refresh();
    return result;
  },
});

export const updateProgramAction = safeAction({
  name: "programs.update",
  access: "program:update",
  schema: updateProgramSchema,
  handler: async (input, { user }) => {
    const result = await updateProgram(user, input);
    refresh();
    return result;
  },
});

export const setProgramActiveAction = safeAction({
  name: "programs.set-active",
  access: "program:update",
  schema: setProgramActiveSchema,
  handler: async (input, { user }) => {
    const result = await setProgramActive(user, input);
    refresh();
    return result;
  },
});
