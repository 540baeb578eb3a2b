import { daysBetween } from "@/lib/agreements/dates";
import type { DeliverableKind, DeliverableStatus, ProjectStatus } from "@/lib/generated/prisma/enums";

/**
 * Which reminders a project is due on a given day. Pure: the job (send.ts) reads the projects, this
 * decides, and each reminder's key (stored in ProjectReminder, unique per project) makes it go once.
 * A key carries the date it is about, so a deliverable or project moved to a new date is reminded
 * again for the new one.
 */

/** Days before a deliverable's or report's due date at which it is reminded. */
export const DUE_LEADS = [14, 3] as const;
/** Days before the project's end at which the team is reminded to prepare the close. */
export const ENDING_LEAD = 90;

/** Projects whose work is under way: funded or running. */
const ACTIVE: ReadonlySet<ProjectStatus> = new Set<ProjectStatus>(["FUNDED", "RUNNING"]);
/** A deliverable still to hand in. */
export const OPEN_DELIVERABLE_STATUSES = ["PLANNED", "IN_PROGRESS"] as const satisfies readonly DeliverableStatus[];

export type ProjectReminderKind = "deliverableDue" | "reportDue" | "projectEnding";

export interface ReminderDeliverable {
  id: string;
  code: string;
  title: string;
  kind: DeliverableKind;
  status: DeliverableStatus;
  /** ISO day. */
  dueDate: string;
}

export interface ReminderProjectFacts {
  status: ProjectStatus;
  endDate: string;
  deliverables: readonly ReminderDeliverable[];
}

export interface DueProjectReminder {
  kind: ProjectReminderKind;
  key: string;
  daysLeft: number;
  deliverable: ReminderDeliverable | null;
}

/**
 * The lead a due date falls within: 3 days or fewer → the 3-day reminder, else 14 or fewer → the
 * 14-day one. Only the nearest is sent, so a deliverable entered late is reminded once, not twice.
 */
export function dueLeadFor(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const within = DUE_LEADS.filter((lead) => daysLeft <= lead);
  return within.length > 0 ? Math.min(...within) : null;
}

export function dueProjectReminders(project: ReminderProjectFacts, today: string): DueProjectReminder[] {
  if (!ACTIVE.has(project.status)) return [];
  const due: DueProjectReminder[] = [];
  for (const deliverable of project.deliverables) {
    if (!(OPEN_DELIVERABLE_STATUSES as readonly DeliverableStatus[]).includes(deliverable.status)) continue;
    const daysLeft = daysBetween(today, deliverable.dueDate);
    const lead = dueLeadFor(daysLeft);
    if (lead === null) continue;
    due.push({
      kind: deliverable.kind === "REPORT" ? "reportDue" : "deliverableDue",
      key: `deliverable:${deliverable.id}:${deliverable.dueDate}:${lead}`,
      daysLeft,
      deliverable,
    });
  }
  const daysToEnd = daysBetween(today, project.endDate);
  if (daysToEnd >= 0 && daysToEnd <= ENDING_LEAD) due.push({ kind: "projectEnding", key: `ending:${project.endDate}`, daysLeft: daysToEnd, deliverable: null });
  return due;
}
