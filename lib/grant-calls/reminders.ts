import "server-only";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { calendarDaysUntil } from "@/lib/dates/zoned";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { sendMail, type MailMessage } from "@/lib/mail/send-mail";
import { can } from "@/lib/permissions";
import { localize } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { mailLocale, renderReminderEmail } from "./emails";
import { dueLeadDays } from "./reminder-plan";
import { LEAD_DAY_CHOICES } from "./schemas";

export interface GrantCallReminderRunResult {
  sent: number;
  failed: number;
}

const DAY_MS = 86_400_000;

/**
 * Sends the deadline reminders due today to the followers of published calls, each lead time once
 * per follower (GrantCallFollow.remindedLeadDays). A reminder is claimed by adding its lead times to
 * that list with a conditional update, and sent inside the same transaction: a concurrent run waits
 * on the row and then finds the lead times taken; a failed send rolls the claim back, so the next
 * run tries again. Followers whose account was disabled or who no longer read staff calls get
 * nothing. Called by the daily job; callable directly (tests, manual runs).
 */
export async function sendDueGrantCallReminders(
  now: Date = new Date(),
  options: { send?: (message: MailMessage) => Promise<void> } = {},
): Promise<GrantCallReminderRunResult> {
  const send = options.send ?? sendMail;
  const result: GrantCallReminderRunResult = { sent: 0, failed: 0 };
  const [institutionZone, defaultLanguage] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage()]);
  const horizon = new Date(now.getTime() + (Math.max(...LEAD_DAY_CHOICES) + 1) * DAY_MS);

  const calls = await db.grantCall.findMany({
    where: { status: "PUBLISHED", deadline: { gt: now, lte: horizon }, followers: { some: {} } },
    select: {
      id: true,
      funder: true,
      title: true,
      description: true,
      eligibility: true,
      translations: true,
      deadline: true,
      timeZone: true,
      reminderLeadDays: true,
      followers: {
        where: { user: { disabledAt: null } },
        select: { remindedLeadDays: true, user: { select: { id: true, email: true, name: true, role: true, unitId: true, locale: true } } },
      },
    },
  });

  for (const call of calls) {
    const timeZone = call.timeZone ?? institutionZone;
    const link = new URL(`/dashboard/grant-calls/${call.id}`, env().APP_URL).toString();
    for (const follower of call.followers) {
      if (!can(follower.user, "grant-call:read")) continue;
      const due = dueLeadDays(call, follower.remindedLeadDays, now, timeZone);
      if (due.length === 0) continue;
      const locale = mailLocale(follower.user.locale);
      const message = renderReminderEmail({
        to: follower.user.email,
        locale,
        recipientName: follower.user.name,
        call: { title: localize(call, ["title"], locale, defaultLanguage).title.text, funder: call.funder, deadline: call.deadline, timeZone, link },
        daysLeft: calendarDaysUntil(call.deadline, now, timeZone),
        unfollowLink: link,
      });
      try {
        const sent = await db.$transaction(
          async (tx) => {
            const claim = await tx.grantCallFollow.updateMany({
              where: { callId: call.id, userId: follower.user.id, NOT: { remindedLeadDays: { hasSome: due } } },
              data: { remindedLeadDays: { push: due } },
            });
            if (claim.count === 0) return false;
            await send(message);
            return true;
          },
          { timeout: 60_000, maxWait: 60_000 },
        );
        if (sent) result.sent++;
      } catch (error) {
        result.failed++;
        logger.error({ err: error, callId: call.id, userId: follower.user.id, due }, "grant call reminder not sent; it will be retried on the next run");
      }
    }
  }
  return result;
}
