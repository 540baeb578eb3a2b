import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * The application lifecycle as data: which status may follow which, and who may make the move.
 * DRAFT → SUBMITTED → UNDER_REVIEW → SHORTLISTED → NOMINATED → ACCEPTED | REJECTED, with WITHDRAWN
 * by the student at any point before a decision. Reviewers may step back one stage (un-shortlist,
 * revoke a nomination) so a place can be freed without rejecting anybody. Pure: no I/O, unit-tested.
 */

export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "SHORTLISTED",
  "NOMINATED",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
] as const satisfies readonly ApplicationStatus[];

/** Who makes a move: the applicant, or staff holding the named application permission. */
export type TransitionActor =
  | { kind: "student" }
  | { kind: "staff"; permission: "application:review" | "application:nominate" | "application:decide" };

const student: TransitionActor = { kind: "student" };
const review: TransitionActor = { kind: "staff", permission: "application:review" };
const nominate: TransitionActor = { kind: "staff", permission: "application:nominate" };
const decide: TransitionActor = { kind: "staff", permission: "application:decide" };

const TRANSITIONS: Readonly<Record<ApplicationStatus, Partial<Record<ApplicationStatus, TransitionActor>>>> = {
  DRAFT: { SUBMITTED: student, WITHDRAWN: student },
  SUBMITTED: { UNDER_REVIEW: review, REJECTED: decide, WITHDRAWN: student },
  UNDER_REVIEW: { SHORTLISTED: review, REJECTED: decide, WITHDRAWN: student },
  SHORTLISTED: { NOMINATED: nominate, UNDER_REVIEW: review, REJECTED: decide, WITHDRAWN: student },
  NOMINATED: { ACCEPTED: decide, REJECTED: decide, SHORTLISTED: nominate, WITHDRAWN: student },
  ACCEPTED: {},
  REJECTED: {},
  WITHDRAWN: {},
};

/** Who may move an application from `from` to `to`, or null when the lifecycle forbids the move. */
export function transitionActor(from: ApplicationStatus, to: ApplicationStatus): TransitionActor | null {
  return TRANSITIONS[from][to] ?? null;
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return transitionActor(from, to) !== null;
}

/** The statuses staff may move an application to from `from` (the buttons a reviewer is offered). */
export function staffTargets(from: ApplicationStatus): ApplicationStatus[] {
  return Object.entries(TRANSITIONS[from])
    .filter(([, actor]) => actor.kind === "staff")
    .map(([to]) => to as ApplicationStatus);
}

/** Statuses that are a final decision on the application. */
export function isDecided(status: ApplicationStatus): boolean {
  return status === "ACCEPTED" || status === "REJECTED";
}

/** Whether the student may still withdraw: any time before a decision, unless already withdrawn. */
export function isWithdrawable(status: ApplicationStatus): boolean {
  return canTransition(status, "WITHDRAWN");
}

/** Statuses that take one of the opportunity's places. */
export function holdsPlace(status: ApplicationStatus): boolean {
  return status === "NOMINATED" || status === "ACCEPTED";
}

/** Statuses the student hears about by e-mail: the reviewers' decisions. */
export function isNotifiedDecision(status: ApplicationStatus): boolean {
  return status === "SHORTLISTED" || status === "NOMINATED" || status === "ACCEPTED" || status === "REJECTED";
}

/** Statuses in which reviewers may still score and rank. */
export function isReviewable(status: ApplicationStatus): boolean {
  return status === "SUBMITTED" || status === "UNDER_REVIEW" || status === "SHORTLISTED" || status === "NOMINATED";
}

/**
 * How many places would be taken if `moving` applications (with their current statuses) moved to
 * `to`, given `taken` places held now. Only moves from outside the place-holding set into it add.
 */
export function placesAfter(taken: number, moving: readonly ApplicationStatus[], to: ApplicationStatus): number {
  let after = taken;
  for (const from of moving) {
    if (!holdsPlace(from) && holdsPlace(to)) after += 1;
    if (holdsPlace(from) && !holdsPlace(to)) after -= 1;
  }
  return after;
}
