"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { clearCatalogueCache } from "@/lib/opportunities/catalogue";
import { createOpportunitySchema, opportunityIdSchema, opportunityRefSchema, updateOpportunitySchema } from "./schemas";
import {
  createOpportunity,
  deleteOpportunity,
  duplicateOpportunity,
  transitionOpportunity,
  updateOpportunity,
} from "./service";

/** Staff pages and the public catalogue both show calls; refresh both after any change. */
function refresh() {
  clearCatalogueCache();
  revalidatePath("/dashboard/opportunities", "layout");
  revalidatePath("/opportunities", "layout");
}

export const createOpportunityAction = safeAction({
  name: "opportunities.create",
  access: "opportunity:create",
  schema: createOpportunitySchema,
  handler: async (input, { user }) => {
    const result = await createOpportunity(user, input);
    refresh();
    return result;
  },
});

export const updateOpportunityAction = safeAction({
  name: "opportunities.update",
  access: "opportunity:update",
  schema: updateOpportunitySchema,
  handler: async (input, { user }) => {
    const result = await updateOpportunity(user, input);
    refresh();
    return result;
  },
});

export const publishOpportunityAction = safeAction({
  name: "opportunities.publish",
  access: "opportunity:publish",
  schema: opportunityRefSchema,
  handler: async (input, { user }) => {
    const result = await transitionOpportunity(user, input, "publish");
    refresh();
    return result;
  },
});

export const closeOpportunityAction = safeAction({
  name: "opportunities.close",
  access: "opportunity:publish",
  schema: opportunityRefSchema,
  handler: async (input, { user }) => {
    const result = await transitionOpportunity(user, input, "close");
    refresh();
    return result;
  },
});

export const duplicateOpportunityAction = safeAction({
  name: "opportunities.duplicate",
  access: "opportunity:create",
  schema: opportunityIdSchema,
  handler: async (input, { user }) => {
    const result = await duplicateOpportunity(user, input.id);
    refresh();
    return result;
  },
});

export const deleteOpportunityAction = safeAction({
  name: "opportunities.delete",
  access: "opportunity:delete",
  schema: opportunityRefSchema,
  handler: async (input, { user }) => {
    const result = await deleteOpportunity(user, input);
    refresh();
    return result;
  },
});
