import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getAgreementReminderDays } from "@/lib/institution/settings";
import { logger } from "@/lib/logging/logger";
import { sendMail, type MailMessage } from "@/lib/mail/send-mail";
import { addDays, daysBetween, fromIsoDay, toIsoDay, todayIso } from "./dates";
import { reminderLeadFor } from "./reminder-plan";
import { renderReminderEmail } from "./reminder-email";

export interface ReminderRunResult {
  sent: number;
  failed: number;
}

/**
 * Sends the expiry reminders due on `now`'s day (see reminder-plan.ts) to each agreement's
 * responsible officer, or to the office's address when there is none. Never twice: each reminder
 * is first claimed by inserting its ExpiryReminder row (unique per agreement, end date and lead
 * time) and sent inside that same transaction. A concurrent run blocks on the same key until the
 * first commits, then finds it taken; a failed send rolls the claim back, so the next run retries.
 * Called by the daily job; callable directly (tests, manual runs).
 */
export async function sendDueExpiryReminders(
  now: Date = new Date(),
  options: { leads?: readonly number[]; send?: (message: MailMessage) => Promise<void> } = {},
): Promise<ReminderRunResult> {
  // The office's own lead times (admin settings), else the server's AGREEMENT_REMINDER_DAYS.
  const leads = options.leads ?? (await getAgreementReminderDays());
  const send = options.send ?? sendMail;
  const result: ReminderRunResult = { sent: 0, failed: 0 };
  if (leads.length === 0) return result;
  const today = todayIso(now);

  const [candidates, institution] = await Promise.all([
    db.agreement.findMany({
      where: {
        status: "ACTIVE",
        successor: { is: null },
        endsOn: { gte: fromIsoDay(today), lte: fromIsoDay(addDays(today, Math.max(...leads))) },
      },
      select: {
        id: true,
        referenceNumber: true,
        title: true,
        endsOn: true,
        renewalType: true,
        noticePeriodDays: true,
        responsible: { select: { email: true, name: true, locale: true, disabledAt: true } },
        partners: { select: { partner: { select: { name: true } } } },
        reminders: { select: { endsOn: true, leadDays: true } },
      },
    }),
    db.institution.findUnique({ where: { id: 1 }, select: { email: true, name: true } }),
  ]);

  for (const agreement of candidates) {
    const endsOn = toIsoDay(agreement.endsOn)!;
    const leadDays = reminderLeadFor(endsOn, today, leads);
    if (leadDays === null) continue;
    if (agreement.reminders.some((r) => toIsoDay(r.endsOn) === endsOn && r.leadDays === leadDays)) continue;
    const officer = agreement.responsible && !agreement.responsible.disabledAt ? agreement.responsible : null;
    const to = officer?.email ?? institution?.email;
    if (!to) continue;
    const message = renderReminderEmail({
      to,
      locale: officer?.locale ?? null,
      recipientName: officer?.name ?? institution?.name ?? "",
      referenceNumber: agreement.referenceNumber,
      title: agreement.title,
      partners: agreement.partners.map((p) => p.partner.name).join(", "),
      endsOn,
      daysLeft: daysBetween(today, endsOn),
      noticeBy:
        agreement.renewalType === "BY_NOTICE" && agreement.noticePeriodDays ? addDays(endsOn, -agreement.noticePeriodDays) : null,
      link: new URL(`/dashboard/agreements/${agreement.id}`, env().APP_URL).toString(),
    });
    try {
      const sent = await db.$transaction(
        async (tx) => {
          const claim = await tx.expiryReminder.createMany({
            data: [{ agreementId: agreement.id, endsOn: fromIsoDay(endsOn), leadDays }],
            skipDuplicates: true,
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
      logger.error({ err: error, agreementId: agreement.id, leadDays }, "expiry reminder not sent; it will be retried on the next run");
    }
  }
  return result;
}
