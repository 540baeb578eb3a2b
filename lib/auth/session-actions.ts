"use server";

import { z } from "zod";
import { safeAction } from "@/lib/errors/safe-action";
import { recordId } from "@/lib/forms/fields";
import { signOutEverywhere } from "./sessions";

/**
 * Ends every session of the caller's own account, this browser's included; the form then calls
 * next-auth's `signOut` to clear the cookie and land on the sign-in page.
 */
export const signOutEverywhereAction = safeAction({
  name: "auth.sign-out-everywhere",
  access: "account:update",
  schema: z.strictObject({}),
  handler: async (_input, { user }) => signOutEverywhere(user, user.id),
});

/** An admin ends every session of a user (a lost laptop, a leaving member of staff). */
export const signOutUserEverywhereAction = safeAction({
  name: "users.sign-out-everywhere",
  access: "user:manage",
  schema: z.strictObject({ userId: recordId }),
  handler: async (input, { user }) => signOutEverywhere(user, input.userId),
});
