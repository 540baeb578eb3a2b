import type { VisitStatus } from "@/lib/generated/prisma/enums";

/**
 * The visit lifecycle as data, shared by the server (which enforces it) and the page (which offers
 * only the moves it allows): PLANNED → CONFIRMED → IN_PROGRESS → COMPLETED, or CANCELLED before it
 * starts. A confirmation can be taken back, a visit started by mistake goes back to confirmed, and
 * a cancelled visit can be planned again. COMPLETED is final. Pure: no I/O, unit-tested.
 */
export const VISIT_TRANSITIONS: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  PLANNED: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["IN_PROGRESS", "PLANNED", "CANCELLED"],
  IN_PROGRESS: ["COMPLETED", "CONFIRMED"],
  COMPLETED: [],
  CANCELLED: ["PLANNED"],
};

/** Why a move is refused; each is a message key under `visits.lifecycle.blocked`. */
export type VisitTransitionBlock = "notAllowed" | "notStartedYet";

export type VisitTransitionCheck = { ok: true } | { ok: false; block: VisitTransitionBlock };

export function nextVisitStatuses(from: VisitStatus): readonly VisitStatus[] {
  return VISIT_TRANSITIONS[from];
}

/**
 * Whether a visit may move from `from` to `to` today. A visit cannot be under way or done before
 * its first day (ISO days compared as text, both in the institution's time zone).
 */
export function checkVisitTransition(facts: { status: VisitStatus; startDate: string }, to: VisitStatus, today: string): VisitTransitionCheck {
  if (!VISIT_TRANSITIONS[facts.status].includes(to)) return { ok: false, block: "notAllowed" };
  if ((to === "IN_PROGRESS" || to === "COMPLETED") && facts.startDate > today) return { ok: false, block: "notStartedYet" };
  return { ok: true };
}

/** A visit whose guests' personal data may be erased: it is over (completed) or will not happen (cancelled). */
export function isOver(status: VisitStatus): boolean {
  return status === "COMPLETED" || status === "CANCELLED";
}
