import { addDays, daysBetween } from "@/lib/agreements/dates";
import type { MobilityDirection, VisaStatus, VisitStatus } from "@/lib/generated/prisma/enums";

/**
 * Which reminders a visit is due on a given day. Pure: the job (send.ts) reads the visits, this
 * decides, and each reminder's key (stored in VisitReminder, unique per visit) makes it go once.
 * A key carries the date it is about, so a visit moved to new dates is reminded again.
 */

/** Days before a guest's arrival from which an unfinished visa is reminded. */
export const VISA_LEAD_DAYS = 14;
/** Days before the visit from which a room not yet booked is reminded. */
export const ACCOMMODATION_LEAD_DAYS = 7;

/** A visa still to be obtained: needed, invitation sent, or applied for. */
const OPEN_VISA: ReadonlySet<VisaStatus> = new Set<VisaStatus>(["REQUIRED", "INVITATION_SENT", "APPLIED"]);
const UPCOMING: ReadonlySet<VisitStatus> = new Set<VisitStatus>(["PLANNED", "CONFIRMED", "IN_PROGRESS"]);

export type ReminderKind = "visaOpen" | "accommodation" | "arrivalTomorrow" | "personalData";

export interface ReminderParticipant {
  name: string;
  visaStatus: VisaStatus;
  /** The day the guest arrives (in the institution's zone), when known. */
  arrivalDay: string | null;
  accommodation: string | null;
  accommodationNights: number | null;
  accommodationBooked: boolean;
  /** Whether any personal field (passport, birth date, nationality, phone) still holds a value. */
  holdsPersonalData: boolean;
}

export interface ReminderVisit {
  status: VisitStatus;
  direction: MobilityDirection;
  startDate: string;
  endDate: string;
  personalDataErasedAt: Date | null;
  participants: readonly ReminderParticipant[];
}

export interface DueReminder {
  kind: ReminderKind;
  key: string;
  /** The guests it is about (names only: reminders go to coordinators too). */
  guests: string[];
}

function arrivalOf(participant: ReminderParticipant, visit: ReminderVisit): string {
  return participant.arrivalDay ?? visit.startDate;
}

export function dueVisitReminders(visit: ReminderVisit, today: string, options: { retentionDays: number }): DueReminder[] {
  const due: DueReminder[] = [];
  if (UPCOMING.has(visit.status)) {
    const visaOpen = visit.participants.filter((participant) => {
      const daysLeft = daysBetween(today, arrivalOf(participant, visit));
      return OPEN_VISA.has(participant.visaStatus) && daysLeft >= 0 && daysLeft <= VISA_LEAD_DAYS;
    });
    if (visaOpen.length > 0) due.push({ kind: "visaOpen", key: `visa-open:${visit.startDate}`, guests: visaOpen.map((p) => p.name) });

    const daysToStart = daysBetween(today, visit.startDate);
    // A room counts as needed once the office noted where or for how many nights.
    const unbooked = visit.participants.filter((p) => !p.accommodationBooked && (Boolean(p.accommodation?.trim()) || (p.accommodationNights ?? 0) > 0));
    if (unbooked.length > 0 && daysToStart >= 0 && daysToStart <= ACCOMMODATION_LEAD_DAYS) {
      due.push({ kind: "accommodation", key: `accommodation:${visit.startDate}`, guests: unbooked.map((p) => p.name) });
    }

    const tomorrow = addDays(today, 1);
    const arriving = visit.direction === "INCOMING" ? visit.participants.filter((p) => arrivalOf(p, visit) === tomorrow) : [];
    if (arriving.length > 0) due.push({ kind: "arrivalTomorrow", key: `arrival:${tomorrow}`, guests: arriving.map((p) => p.name) });
  }

  const retentionEnds = addDays(visit.endDate, options.retentionDays);
  if (visit.status === "COMPLETED" && !visit.personalDataErasedAt && retentionEnds < today && visit.participants.some((p) => p.holdsPersonalData)) {
    due.push({ kind: "personalData", key: "personal-data", guests: [] });
  }
  return due;
}
