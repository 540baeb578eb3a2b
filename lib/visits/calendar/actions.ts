"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/errors/safe-action";
import { createCalendarLink, revokeCalendarLink } from "./feed-token";

const noInput = z.strictObject({});

/** Makes the signed-in staff member's private calendar link (ending the earlier one); the answer holds it once. */
export const createCalendarLinkAction = safeAction({
  name: "calendar.link.create",
  access: "visit:read",
  schema: noInput,
  handler: async (_input, { user }) => {
    const result = await createCalendarLink(user);
    revalidatePath("/dashboard/visits/calendar");
    return result;
  },
});

export const revokeCalendarLinkAction = safeAction({
  name: "calendar.link.revoke",
  access: "visit:read",
  schema: noInput,
  handler: async (_input, { user }) => {
    const result = await revokeCalendarLink(user);
    revalidatePath("/dashboard/visits/calendar");
    return result;
  },
});
