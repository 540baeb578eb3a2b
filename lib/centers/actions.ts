"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { createCenterSchema, setCenterPublishedSchema, updateCenterSchema } from "./schemas";
import { createCenter, setCenterPublished, updateCenter } from "./service";

function refreshCenterPages(): void {
  revalidatePath("/dashboard/centers", "layout");
  revalidatePath("/centers", "layout");
}

export const createCenterAction = safeAction({
  name: "centers.create",
  access: "center:create",
  schema: createCenterSchema,
  handler: async (input, { user }) => {
    const result = await createCenter(user, input);
    refreshCenterPages();
    return result;
  },
});

export const updateCenterAction = safeAction({
  name: "centers.update",
  access: "center:update",
  schema: updateCenterSchema,
  handler: async (input, { user }) => {
    const result = await updateCenter(user, input);
    refreshCenterPages();
    return result;
  },
});

export const setCenterPublishedAction = safeAction({
  name: "centers.set-published",
  access: "center:update",
  schema: setCenterPublishedSchema,
  handler: async (input, { user }) => {
    const result = await setCenterPublished(user, input);
    refreshCenterPages();
    return result;
  },
});
