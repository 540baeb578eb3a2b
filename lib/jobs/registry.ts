import { expireEndedAgreements } from "@/lib/agreements/auto-expiry";
import { sendDueExpiryReminders } from "@/lib/agreements/reminders";
import { sendWeeklyDigests } from "@/lib/grant-calls/digest-job";
import { sendDueGrantCallReminders } from "@/lib/grant-calls/reminders";
import { logger } from "@/lib/logging/logger";
import { deliverDueMessages } from "@/lib/mail/queue";
import { sendDueProjectReminders } from "@/lib/projects/reminders/send";
import { processQueuedReports, REPORT_QUEUE } from "@/lib/reports/queue";
import { runQuarterlyDraft } from "@/lib/reports/quarterly";
import { sendDueVisitReminders } from "@/lib/visits/reminders/send";

/** A recurring background job: its queue name, its cron schedule (UTC) and what it does. */
export interface ScheduledJob {
  name: string;
  cron: string;
  run: (now: Date) => Promise<void>;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  {
    name: "email-delivery",
    // Every minute: e-mails whose last attempt failed are tried again once their pause is over
    // (lib/mail/retry-policy.ts); each message is leased, so overlapping runs never send one twice.
    cron: "* * * * *",
    run: async (now) => {
      const result = await deliverDueMessages(now);
      if (result.sent + result.retrying + result.failed > 0) logger.info(result, "queued e-mails tried");
    },
  },
  {
    name: "agreement-auto-expiry",
    // Every day at 00:10 UTC: agreements that ended yesterday show as expired from the morning on.
    cron: "10 0 * * *",
    run: async (now) => {
      const result = await expireEndedAgreements(now);
      logger.info(result, "ended agreements marked as expired");
    },
  },
  {
    name: "agreement-expiry-reminders",
    // Every day at 06:00 UTC (10:00 in Baku): before the office's working day starts.
    cron: "0 6 * * *",
    run: async (now) => {
      const result = await sendDueExpiryReminders(now);
      logger.info(result, "agreement expiry reminders sent");
      // A failed send was rolled back and is retried tomorrow; failing the job makes it visible too.
      if (result.failed > 0) throw new Error(`${result.failed} expiry reminder(s) could not be sent`);
    },
  },
  {
    name: "visit-reminders",
    // Every day at 06:15 UTC (10:15 in Baku): visas still open, rooms not booked, arrivals tomorrow, data to erase.
    cron: "15 6 * * *",
    run: async (now) => {
      const result = await sendDueVisitReminders(now);
      logger.info(result, "visit reminders sent");
      if (result.failed > 0) throw new Error(`${result.failed} visit reminder(s) could not be sent`);
    },
  },
  {
    name: "grant-call-reminders",
    // Every day at 06:30 UTC (10:30 in Baku): followers hear of a deadline at each lead time, once.
    cron: "30 6 * * *",
    run: async (now) => {
      const result = await sendDueGrantCallReminders(now);
      logger.info(result, "grant call reminders sent");
      if (result.failed > 0) throw new Error(`${result.failed} grant call reminder(s) could not be sent`);
    },
  },
  {
    name: "grant-call-digest",
    // Mondays at 05:00 UTC (09:00 in Baku): the week's new calls before the working week starts.
    cron: "0 5 * * 1",
    run: async (now) => {
      const result = await sendWeeklyDigests(now);
      logger.info(result, "grant call digests sent");
      if (result.failed > 0) throw new Error(`${result.failed} grant call digest(s) could not be sent`);
    },
  },
  {
    name: "project-reminders",
    // Every day at 06:30 UTC (10:30 in Baku): deliverables and reports due in 14 and 3 days, projects ending in 90.
    cron: "30 6 * * *",
    run: async (now) => {
      const result = await sendDueProjectReminders(now);
      logger.info(result, "project reminders sent");
      if (result.failed > 0) throw new Error(`${result.failed} project reminder(s) could not be sent`);
    },
  },
  {
    name: REPORT_QUEUE,
    // Every minute, and at once when someone asks for a report (lib/reports/queue.ts wakes it): makes the queued reports.
    cron: "* * * * *",
    run: async (now) => {
      const result = await processQueuedReports(now);
      if (result.done + result.failed + result.stale > 0) logger.info(result, "activity reports made");
    },
  },
  {
    name: "quarterly-report-draft",
    // 00:30 UTC on each of the first seven days of a quarter: the draft of the quarter that ended, once.
    cron: "30 0 1-7 1,4,7,10 *",
    run: async (now) => {
      const result = await runQuarterlyDraft(now);
      logger.info(result, "quarterly draft report");
    },
  },
];
