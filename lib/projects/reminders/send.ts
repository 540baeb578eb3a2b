import "server-only";
import { addDays, fromIsoDay, toIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logging/logger";
import { sendMail, type MailMessage } from "@/lib/mail/send-mail";
import { renderProjectReminderEmail } from "./email";
import { DUE_LEADS, dueProjectReminders, ENDING_LEAD, OPEN_DELIVERABLE_STATUSES } from "./plan";

export interface ProjectReminderRunResult {
  sent: number;
  failed: number;
}

interface Recipient {
  email: string;
  name: string;
  locale: string | null;
}

const recipientSelect = { email: true, name: true, locale: true, disabledAt: true } as const;

function candidateSelect(today: string) {
  return {
    id: true,
    title: true,
    acronym: true,
    status: true,
    endDate: true,
    team: { select: { role: true, user: { select: recipientSelect } } },
    unit: { select: { users: { where: { role: "COORDINATOR", disabledAt: null }, select: recipientSelect } } },
    reminders: { select: { key: true } },
    deliverables: {
      where: { status: { in: [...OPEN_DELIVERABLE_STATUSES] }, dueDate: { gte: fromIsoDay(today), lte: fromIsoDay(addDays(today, Math.max(...DUE_LEADS))) } },
      select: { id: true, code: true, title: true, kind: true, status: true, dueDate: true },
    },
  } satisfies Prisma.ProjectSelect;
}

type Candidate = Prisma.ProjectGetPayload<{ select: ReturnType<typeof candidateSelect> }>;

/**
 * The people a project reminder goes to: the project's lead first, the rest of its team, then its
 * unit's coordinators (active accounts, each once); the office's own address when there is nobody.
 */
function recipientsOf(project: Candidate, office: Recipient): Recipient[] {
  const team = [...project.team].sort((a, b) => Number(b.role === "lead") - Number(a.role === "lead")).flatMap((member) => (member.user ? [member.user] : []));
  const people = [...team, ...(project.unit?.users ?? [])].filter((person) => !person.disabledAt);
  const unique = [...new Map(people.map((person) => [person.email, person])).values()];
  return unique.length > 0 ? unique : [office];
}

/**
 * Sends the project reminders due today, once each: a deliverable or report due in 14 and in 3
 * days, and the project ending in 90 days. Each is claimed by inserting its ProjectReminder row
 * (unique per project and key) and sent inside that same transaction: a concurrent run waits on
 * the key and then finds it taken; a failed send rolls the claim back, so the next run tries
 * again. Called by the daily job; callable directly (tests).
 */
export async function sendDueProjectReminders(
  now: Date = new Date(),
  options: { send?: (message: MailMessage) => Promise<void> } = {},
): Promise<ProjectReminderRunResult> {
  const send = options.send ?? sendMail;
  const result: ProjectReminderRunResult = { sent: 0, failed: 0 };
  const [timeZone, institution] = await Promise.all([getInstitutionTimeZone(), db.institution.findUnique({ where: { id: 1 }, select: { name: true, email: true } })]);
  if (!institution) return result;
  const today = dayIn(now, timeZone);
  const office: Recipient = { email: institution.email, name: institution.name, locale: null };
  const select = candidateSelect(today);

  const candidates = await db.project.findMany({
    where: {
      status: { in: ["FUNDED", "RUNNING"] },
      OR: [{ endDate: { gte: fromIsoDay(today), lte: fromIsoDay(addDays(today, ENDING_LEAD)) } }, { deliverables: { some: select.deliverables.where } }],
    },
    select,
  });

  for (const project of candidates) {
    const due = dueProjectReminders(
      { status: project.status, endDate: toIsoDay(project.endDate)!, deliverables: project.deliverables.map((row) => ({ ...row, dueDate: toIsoDay(row.dueDate)! })) },
      today,
    );
    const sentKeys = new Set(project.reminders.map((reminder) => reminder.key));
    const name = project.acronym ? `${project.acronym} — ${project.title}` : project.title;
    for (const reminder of due.filter((each) => !sentKeys.has(each.key))) {
      const messages = recipientsOf(project, office).map((recipient) =>
        renderProjectReminderEmail({
          kind: reminder.kind,
          to: recipient.email,
          locale: recipient.locale,
          recipientName: recipient.name,
          project: name,
          item: reminder.deliverable ? `${reminder.deliverable.code} ${reminder.deliverable.title}` : null,
          date: reminder.deliverable?.dueDate ?? toIsoDay(project.endDate)!,
          daysLeft: reminder.daysLeft,
          link: new URL(`/dashboard/projects/${project.id}${reminder.deliverable ? "/work-plan" : ""}`, env().APP_URL).toString(),
        }),
      );
      try {
        const sent = await db.$transaction(
          async (tx) => {
            const claim = await tx.projectReminder.createMany({ data: [{ projectId: project.id, key: reminder.key }], skipDuplicates: true });
            if (claim.count === 0) return false;
            for (const message of messages) await send(message);
            return true;
          },
          { timeout: 60_000, maxWait: 60_000 },
        );
        if (sent) result.sent++;
      } catch (error) {
        result.failed++;
        logger.error({ err: error, projectId: project.id, key: reminder.key }, "project reminder not sent; it will be retried on the next run");
      }
    }
  }
  return result;
}
