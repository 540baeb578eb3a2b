import { z } from "zod";
import { choice, pageParam, recordId, searchParam, searchQuery } from "@/lib/forms/fields";
import { EmailStatus } from "@/lib/generated/prisma/enums";

/** The admins' list of e-mails and its retry buttons: schemas shared by the page and the actions. */

export const EMAIL_STATUSES = Object.values(EmailStatus);

/** The list's filters, read from the URL; a tampered value is ignored, not an error. */
export const emailFilterSchema = z.object({
  q: searchQuery,
  status: searchParam(choice(EmailStatus)),
  page: pageParam(10_000),
});

export type EmailFilter = z.infer<typeof emailFilterSchema>;

export const retryEmailSchema = z.strictObject({ id: recordId });

export const retryAllFailedEmailsSchema = z.strictObject({});
