"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { EMAIL_ADMIN_PERMISSION } from "./admin-queries";
import { retryAllFailedEmails, retryEmail } from "./admin-service";
import { retryAllFailedEmailsSchema, retryEmailSchema } from "./schemas";

function refreshEmailPages(): void {
  revalidatePath("/dashboard/admin/emails", "layout");
}

export const retryEmailAction = safeAction({
  name: "emails.retry",
  access: EMAIL_ADMIN_PERMISSION,
  schema: retryEmailSchema,
  handler: async (input, { user }) => {
    const result = await retryEmail(user, input);
    refreshEmailPages();
    return result;
  },
});

export const retryAllFailedEmailsAction = safeAction({
  name: "emails.retry-all",
  access: EMAIL_ADMIN_PERMISSION,
  schema: retryAllFailedEmailsSchema,
  handler: async (_input, { user }) => {
    const result = await retryAllFailedEmails(user);
    refreshEmailPages();
    return result;
  },
});
