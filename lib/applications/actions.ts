"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { AppError } from "@/lib/errors/app-error";
import { applicationIdSchema, draftSchema, opportunityIdSchema } from "./schemas";
import { getApplyContext } from "./student-queries";
import { saveDraft, submitApplication, withdrawApplication } from "./student-service";

/** The student's actions. Each is a public POST endpoint: the services re-check ownership. */

export const saveApplicationDraftAction = safeAction({
  name: "applications.save-draft",
  access: "application:update",
  schema: draftSchema,
  handler: async (input, { user }) => saveDraft(user, input),
});

export const submitApplicationAction = safeAction({
  name: "applications.submit",
  access: "application:update",
  schema: applicationIdSchema,
  handler: async (input, { user }) => {
    const result = await submitApplication(user, input.applicationId);
    revalidatePath("/my/applications", "layout");
    return result;
  },
});

export const withdrawApplicationAction = safeAction({
  name: "applications.withdraw",
  access: "application:withdraw",
  schema: applicationIdSchema,
  handler: async (input, { user }) => {
    const result = await withdrawApplication(user, input.applicationId);
    revalidatePath("/my/applications", "layout");
    return result;
  },
});

/**
 * The server's copy of the draft, read when the form mounts: after back/forward the router may
 * replay an old page payload, and the server copy is the source of truth.
 */
export const loadApplicationDraftAction = safeAction({
  name: "applications.load-draft",
  access: "application:update",
  schema: opportunityIdSchema,
  handler: async (input, { user }) => {
    const context = await getApplyContext(user, input.opportunityId);
    if (!context) throw new AppError("NOT_FOUND");
    return context.draft;
  },
});
