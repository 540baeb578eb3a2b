import "server-only";
import { addDays, fromIsoDay, toIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logging/logger";
import { sendMail, type MailMessage } from "@/lib/mail/send-mail";
import { PERSONAL_FIELDS } from "@/lib/visits/personal-data";
import { renderVisitReminderEmail } from "./email";
import { dueVisitReminders, VISA_LEAD_DAYS, type DueReminder } from "./plan";

export interface VisitReminderRunResult {
  sent: number;
  failed: number;
}

interface Recipient {
  email: string;
  name: string;
  locale: string | null;
}

const holdsPersonalData: Prisma.VisitParticipantWhereInput = { OR: PERSONAL_FIELDS.map((field) => ({ [field]: { not: null } })) };

const recipientSelect = { email: true, name: true, locale: true, disabledAt: true } as const;

const candidateSelect = {
  id: true,
  title: true,
  status: true,
  direction: true,
  startDate: true,
  endDate: true,
  personalDataErasedAt: true,
  responsible: { select: recipientSelect },
  hostUnit: { select: { users: { where: { role: "COORDINATOR", disabledAt: null }, select: recipientSelect } } },
  reminders: { select: { key: true } },
  participants: {
    select: {
      name: true,
      visaStatus: true,
      arrivalAt: true,
      accommodation: true,
      accommodationNights: true,
      accommodationBooked: true,
      ...Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, true])),
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  },
} satisfies Prisma.VisitSelect;

type Candidate = Prisma.VisitGetPayload<{ select: typeof candidateSelect }>;

/**
 * The people a reminder goes to: the responsible officer and the host unit's coordinators (active
 * accounts, each once); the office's own address when the visit has neither. The reminder to erase
 * personal data goes to the officer only, since coordinators may not erase it.
 */
function recipientsOf(visit: Candidate, reminder: DueReminder, office: Recipient | null): Recipient[] {
  const responsible = visit.responsible && !visit.responsible.disabledAt ? [visit.responsible] : [];
  const coordinators = reminder.kind === "personalData" ? [] : (visit.hostUnit?.users ?? []);
  const people = [...responsible, ...coordinators];
  const unique = [...new Map(people.map((person) => [person.email, person])).values()];
  if (unique.length > 0) return unique;
  return office ? [office] : [];
}

/**
 * Sends the visit reminders due today, once each: visa still open before arrival, accommodation not
 * booked, guests arriving tomorrow, and personal data kept past the retention period. Each is
 * claimed by inserting its VisitReminder row (unique per visit and key) and sent inside that same
 * transaction: a concurrent run waits on the key and then finds it taken; a failed send rolls the
 * claim back, so the next run tries again. Called by the daily job; callable directly (tests).
 */
export async function sendDueVisitReminders(
  now: Date = new Date(),
  options: { send?: (message: MailMessage) => Promise<void> } = {},
): Promise<VisitReminderRunResult> {
  const send = options.send ?? sendMail;
  const result: VisitReminderRunResult = { sent: 0, failed: 0 };
  const [timeZone, institution] = await Promise.all([
    getInstitutionTimeZone(),
    db.institution.findUnique({ where: { id: 1 }, select: { name: true, email: true, visitDataRetentionDays: true } }),
  ]);
  if (!institution) return result;
  const today = dayIn(now, timeZone);
  const retentionDays = institution.visitDataRetentionDays;
  const office: Recipient = { email: institution.email, name: institution.name, locale: null };

  const candidates = await db.visit.findMany({
    where: {
      OR: [
        {
          status: { in: ["PLANNED", "CONFIRMED", "IN_PROGRESS"] },
          startDate: { lte: fromIsoDay(addDays(today, VISA_LEAD_DAYS)) },
          endDate: { gte: fromIsoDay(today) },
        },
        {
          status: "COMPLETED",
          personalDataErasedAt: null,
          endDate: { lt: fromIsoDay(addDays(today, -retentionDays)) },
          reminders: { none: { key: "personal-data" } },
          participants: { some: holdsPersonalData },
        },
      ],
    },
    select: candidateSelect,
  });

  for (const visit of candidates) {
    const due = dueVisitReminders(
      {
        status: visit.status,
        direction: visit.direction,
        startDate: toIsoDay(visit.startDate)!,
        endDate: toIsoDay(visit.endDate)!,
        personalDataErasedAt: visit.personalDataErasedAt,
        participants: visit.participants.map((participant) => ({
          name: participant.name,
          visaStatus: participant.visaStatus,
          arrivalDay: participant.arrivalAt ? dayIn(participant.arrivalAt, timeZone) : null,
          accommodation: participant.accommodation,
          accommodationNights: participant.accommodationNights,
          accommodationBooked: participant.accommodationBooked,
          holdsPersonalData: PERSONAL_FIELDS.some((field) => (participant as Record<string, unknown>)[field] != null),
        })),
      },
      today,
      { retentionDays },
    );
    const sentKeys = new Set(visit.reminders.map((reminder) => reminder.key));
    for (const reminder of due.filter((each) => !sentKeys.has(each.key))) {
      const messages = recipientsOf(visit, reminder, office).map((recipient) =>
        renderVisitReminderEmail({
          kind: reminder.kind,
          to: recipient.email,
          locale: recipient.locale,
          recipientName: recipient.name,
          visitTitle: visit.title,
          startDate: toIsoDay(visit.startDate)!,
          endDate: toIsoDay(visit.endDate)!,
          guests: reminder.guests,
          retentionDays,
          link: new URL(`/dashboard/visits/${visit.id}`, env().APP_URL).toString(),
        }),
      );
      try {
        const sent = await db.$transaction(
          async (tx) => {
            const claim = await tx.visitReminder.createMany({ data: [{ visitId: visit.id, key: reminder.key }], skipDuplicates: true });
            if (claim.count === 0) return false;
            for (const message of messages) await send(message);
            return true;
          },
          { timeout: 60_000, maxWait: 60_000 },
        );
        if (sent) result.sent++;
      } catch (error) {
        result.failed++;
        logger.error({ err: error, visitId: visit.id, key: reminder.key }, "visit reminder not sent; it will be retried on the next run");
      }
    }
  }
  return result;
}
