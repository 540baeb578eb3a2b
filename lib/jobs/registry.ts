import { expireEndedAgreements } from "@/lib/agreements/auto-expiry";
import { sendDueExpiryReminders } from "@/lib/agreements/reminders";
import { logger } from "@/lib/logging/logger";
import { sendDueVisitReminders } from "@/lib/visits/reminders/send";

/** A recurring background job: its queue name, its cron schedule (UTC) and what it does. */
export interface ScheduledJob {
  name: string;
  cron: string;
  run: (now: Date) => Promise<void>;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
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
];
