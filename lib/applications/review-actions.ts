"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { rankApplication, scoreApplication, transitionApplications } from "./review-service";
import { bulkTransitionSchema, rankSchema, scoreSchema, transitionSchema } from "./schemas";

/** Reviewers' actions; the services check the lifecycle, places and each student's unit. */

function refresh() {
  revalidatePath("/dashboard/applications", "layout");
  revalidatePath("/dashboard/opportunities", "layout");
}

export const scoreApplicationAction = safeAction({
  name: "applications.score",
  access: "application:review",
  schema: scoreSchema,
  handler: async (input, { user }) => {
    const result = await scoreApplication(user, input);
    refresh();
    return result;
  },
});

export const rankApplicationAction = safeAction({
  name: "applications.rank",
  access: "application:review",
  schema: rankSchema,
  handler: async (input, { user }) => {
    await rankApplication(user, input);
    refresh();
    return { rank: input.rank };
  },
});

export const transitionApplicationAction = safeAction({
  name: "applications.transition",
  access: "application:review",
  schema: transitionSchema,
  handler: async ({ applicationId, ...input }, { user }) => {
    const result = await transitionApplications(user, { ...input, applicationIds: [applicationId] });
    refresh();
    return result;
  },
});

export const bulkTransitionApplicationsAction = safeAction({
  name: "applications.bulk-transition",
  access: "application:review",
  schema: bulkTransitionSchema,
  handler: async (input, { user }) => {
    const result = await transitionApplications(user, input);
    refresh();
    return result;
  },
});
