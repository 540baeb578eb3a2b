import { z } from "zod";
import { MESSAGES, withValues } from "@/lib/forms/fields";

/**
 * The agreement expiry reminders' lead times an office chooses (`Institution.agreementReminderDays`):
 * days before an agreement's end at which its responsible officer is e-mailed. Typed as a list
 * ("180, 90, 30"); left blank, the server's AGREEMENT_REMINDER_DAYS applies. No server imports: the
 * settings form checks with it in the browser.
 */

export const REMINDER_DAYS = { min: 1, max: 730, most: 6 } as const;

const V = "admin.settings.validation";

/** The typed list as stored: whole days, longest first; blank is the empty list. */
export const reminderDaysField = z
  .string(MESSAGES.required)
  .trim()
  .max(100, withValues("common.form.errors.tooLong", { max: 100 }))
  .transform((text, ctx) => {
    const parts = text.split(/[\s,;]+/).filter(Boolean);
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (parts.some((part) => !/^\d+$/.test(part))) return fail(`${V}.reminderDaysFormat`);
    const days = parts.map(Number);
    if (days.some((lead) => lead < REMINDER_DAYS.min || lead > REMINDER_DAYS.max)) {
      return fail(withValues(`${V}.reminderDaysRange`, { min: REMINDER_DAYS.min, max: REMINDER_DAYS.max }));
    }
    if (days.length > REMINDER_DAYS.most) return fail(withValues(`${V}.reminderDaysTooMany`, { most: REMINDER_DAYS.most }));
    if (new Set(days).size !== days.length) return fail(`${V}.reminderDaysRepeated`);
    return days.sort((a, b) => b - a);
  });

/** As the form shows a stored list: "180, 90, 30". */
export function formatReminderDays(days: readonly number[]): string {
  return days.join(", ");
}

export const reminderDaysSchema = z.strictObject({
  agreementReminderDays: reminderDaysField,
  /** The time the settings were read: a save over a newer one is refused. */
  updatedAt: z.iso.datetime("common.form.errors.invalid"),
});

export type ReminderDaysInput = z.output<typeof reminderDaysSchema>;
export type ReminderDaysFormValues = z.input<typeof reminderDaysSchema>;
