import type { ProjectStatus } from "@/lib/generated/prisma/enums";

/**
 * The project lifecycle as data: IDEA → IN_PREPARATION → SUBMITTED → FUNDED or REJECTED;
 * FUNDED → RUNNING → CLOSED. Nothing goes back: a rejected proposal that is tried again is a new
 * project (its history stays with the old one). Pure: the server enforces it, the page offers it,
 * the unit test reads it.
 */
const TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  IDEA: ["IN_PREPARATION"],
  IN_PREPARATION: ["SUBMITTED"],
  SUBMITTED: ["FUNDED", "REJECTED"],
  FUNDED: ["RUNNING"],
  RUNNING: ["CLOSED"],
  REJECTED: [],
  CLOSED: [],
};

/** Why a move is refused; each is a message key under `projects.lifecycle.blocked`. */
export type ProjectTransitionBlock = "notAllowed" | "notEndedYet" | "decidedBeforeSubmitted";

export type ProjectTransitionCheck = { ok: true } | { ok: false; block: ProjectTransitionBlock };

export interface ProjectLifecycleFacts {
  status: ProjectStatus;
  /** ISO days ("2026-09-01"). */
  endDate: string;
  submittedOn: string | null;
}

export function nextProjectStatuses(from: ProjectStatus): readonly ProjectStatus[] {
  return TRANSITIONS[from];
}

/**
 * Whether the move may be made on `on` (the day it happened: submitted, decided or closed). A
 * project closes once its period is over; a decision cannot predate the submission.
 */
export function checkProjectTransition(facts: ProjectLifecycleFacts, to: ProjectStatus, on: string): ProjectTransitionCheck {
  if (!TRANSITIONS[facts.status].includes(to)) return { ok: false, block: "notAllowed" };
  if (to === "CLOSED" && facts.endDate > on) return { ok: false, block: "notEndedYet" };
  if ((to === "FUNDED" || to === "REJECTED") && facts.submittedOn && on < facts.submittedOn) return { ok: false, block: "decidedBeforeSubmitted" };
  return { ok: true };
}

/** The dates a move records: the day of submission, or of the funder's decision. */
export function datesOfTransition(to: ProjectStatus, on: string): { submittedOn?: string; decidedOn?: string } {
  if (to === "SUBMITTED") return { submittedOn: on };
  if (to === "FUNDED" || to === "REJECTED") return { decidedOn: on };
  return {};
}

/** The pipeline before a decision: ideas, proposals in preparation and submitted ones. */
export function isPipeline(status: ProjectStatus): boolean {
  return status === "IDEA" || status === "IN_PREPARATION" || status === "SUBMITTED";
}
