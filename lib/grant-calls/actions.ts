"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/errors/safe-action";
import { startProjectFromCall } from "./apply";
import { endOwnDigestSubscription, saveDigestSubscription } from "./digest";
import { removeGrantCallDocument } from "./documents";
import { followGrantCall, unfollowGrantCall } from "./follow";
import {
  createGrantCallSchema,
  digestSubscriptionSchema,
  grantCallIdSchema,
  grantCallRefSchema,
  removeGrantCallDocumentSchema,
  updateGrantCallSchema,
} from "./schemas";
import { createGrantCall, deleteGrantCall, transitionGrantCall, updateGrantCall } from "./service";

/*
 * Following and the digest are for staff: their gate is the staff area's permission, because every
 * principal holds the public `grant-call:read` (a student would otherwise pass the gate). The
 * services check the staff read of grant calls again.
 */

/** The staff pages and the public ones: a status or a text change shows everywhere at once. */
function refreshGrantCallPages(): void {
  revalidatePath("/dashboard/grant-calls", "layout");
  revalidatePath("/grant-calls", "layout");
}

export const createGrantCallAction = safeAction({
  name: "grant-calls.create",
  access: "grant-call:create",
  schema: createGrantCallSchema,
  handler: async (input, { user }) => {
    const result = await createGrantCall(user, input);
    refreshGrantCallPages();
    return result;
  },
});

export const updateGrantCallAction = safeAction({
  name: "grant-calls.update",
  access: "grant-call:update",
  schema: updateGrantCallSchema,
  handler: async (input, { user }) => {
    const result = await updateGrantCall(user, input);
    refreshGrantCallPages();
    return result;
  },
});

export const publishGrantCallAction = safeAction({
  name: "grant-calls.publish",
  access: "grant-call:update",
  schema: grantCallRefSchema,
  handler: async (input, { user }) => {
    const result = await transitionGrantCall(user, input, "publish");
    refreshGrantCallPages();
    return result;
  },
});

export const closeGrantCallAction = safeAction({
  name: "grant-calls.close",
  access: "grant-call:update",
  schema: grantCallRefSchema,
  handler: async (input, { user }) => {
    const result = await transitionGrantCall(user, input, "close");
    refreshGrantCallPages();
    return result;
  },
});

export const deleteGrantCallAction = safeAction({
  name: "grant-calls.delete",
  access: "grant-call:delete",
  schema: grantCallRefSchema,
  handler: async (input, { user }) => {
    const result = await deleteGrantCall(user, input);
    refreshGrantCallPages();
    return result;
  },
});

export const removeGrantCallDocumentAction = safeAction({
  name: "grant-calls.remove-document",
  access: "grant-call:update",
  schema: removeGrantCallDocumentSchema,
  handler: async (input, { user }) => {
    const result = await removeGrantCallDocument(user, input);
    refreshGrantCallPages();
    return result;
  },
});

export const followGrantCallAction = safeAction({
  name: "grant-calls.follow",
  access: "dashboard:read",
  schema: grantCallIdSchema,
  handler: async (input, { user }) => {
    const result = await followGrantCall(user, input.id);
    revalidatePath("/dashboard/grant-calls", "layout");
    return result;
  },
});

export const unfollowGrantCallAction = safeAction({
  name: "grant-calls.unfollow",
  access: "dashboard:read",
  schema: grantCallIdSchema,
  handler: async (input, { user }) => {
    const result = await unfollowGrantCall(user, input.id);
    revalidatePath("/dashboard/grant-calls", "layout");
    return result;
  },
});

export const applyToGrantCallAction = safeAction({
  name: "grant-calls.apply",
  access: "project:create",
  schema: grantCallIdSchema,
  handler: async (input, { user }) => {
    const result = await startProjectFromCall(user, input.id);
    revalidatePath("/dashboard/grant-calls", "layout");
    return result;
  },
});

export const saveDigestSubscriptionAction = safeAction({
  name: "grant-calls.digest.save",
  access: "dashboard:read",
  schema: digestSubscriptionSchema,
  handler: async (input, { user }) => {
    const result = await saveDigestSubscription(user, input);
    revalidatePath("/dashboard/grant-calls/digest");
    return result;
  },
});

export const endDigestSubscriptionAction = safeAction({
  name: "grant-calls.digest.end",
  access: "dashboard:read",
  schema: z.strictObject({}),
  handler: async (_input, { user }) => {
    const result = await endOwnDigestSubscription(user);
    revalidatePath("/dashboard/grant-calls/digest");
    return result;
  },
});
