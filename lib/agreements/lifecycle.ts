import type { AgreementStatus } from "@/lib/generated/prisma/enums";

/**
 * The agreement lifecycle as data: DRAFT → IN_NEGOTIATION → AWAITING_SIGNATURE → ACTIVE →
 * EXPIRED | TERMINATED, with sensible steps back while nothing is signed, and a way out
 * (TERMINATED) for negotiations that fail. EXPIRED and TERMINATED are final: the way forward is a
 * renewal, which creates a new agreement. Pure: no I/O, unit-tested, enforced by the server.
 */

interface Move {
  /**
   * Whether unit staff (coordinators, who may only touch their unit's drafts) may make the move:
   * sending their draft into negotiation is how they propose it to the office.
   */
  unitStaff: boolean;
}

const TRANSITIONS: Readonly<Record<AgreementStatus, Partial<Record<AgreementStatus, Move>>>> = {
  DRAFT: { IN_NEGOTIATION: { unitStaff: true }, AWAITING_SIGNATURE: { unitStaff: false } },
  IN_NEGOTIATION: { DRAFT: { unitStaff: false }, AWAITING_SIGNATURE: { unitStaff: false }, TERMINATED: { unitStaff: false } },
  AWAITING_SIGNATURE: { IN_NEGOTIATION: { unitStaff: false }, ACTIVE: { unitStaff: false }, TERMINATED: { unitStaff: false } },
  ACTIVE: { EXPIRED: { unitStaff: false }, TERMINATED: { unitStaff: false } },
  EXPIRED: {},
  TERMINATED: {},
};

/** What the rules look at: the status and the dates (ISO days, see dates.ts). */
export interface LifecycleFacts {
  status: AgreementStatus;
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** Why a move is refused; each is a message key under `agreements.lifecycle.blocked`. */
export type TransitionBlock =
  | "notAllowed"
  | "unitStaffNotAllowed"
  | "needsSigningDate"
  | "needsStartDate"
  | "alreadyEnded"
  | "needsEndDate"
  | "notEndedYet";

export type TransitionCheck = { ok: true } | { ok: false; blocks: TransitionBlock[] };

/** Statuses reachable from `from` by the graph alone, whatever the dates. */
export function nextStatuses(from: AgreementStatus): AgreementStatus[] {
  return Object.keys(TRANSITIONS[from]) as AgreementStatus[];
}

export function isFinal(status: AgreementStatus): boolean {
  return nextStatuses(status).length === 0;
}

/**
 * Whether the move is allowed now. `officeWide` is true for users who may update any agreement
 * (officers, admins); unit staff may only make the moves marked for them.
 */
export function checkTransition(
  facts: LifecycleFacts,
  to: AgreementStatus,
  { today, officeWide }: { today: string; officeWide: boolean },
): TransitionCheck {
  const move = TRANSITIONS[facts.status][to];
  if (!move) return { ok: false, blocks: ["notAllowed"] };
  if (!officeWide && !move.unitStaff) return { ok: false, blocks: ["unitStaffNotAllowed"] };
  const blocks: TransitionBlock[] = [];
  if (to === "ACTIVE") {
    if (!facts.signedOn) blocks.push("needsSigningDate");
    if (!facts.startsOn) blocks.push("needsStartDate");
    if (facts.endsOn && facts.endsOn < today) blocks.push("alreadyEnded");
  }
  if (to === "EXPIRED") {
    if (!facts.endsOn) blocks.push("needsEndDate");
    else if (facts.endsOn >= today) blocks.push("notEndedYet");
  }
  return blocks.length === 0 ? { ok: true } : { ok: false, blocks };
}

export interface TransitionOption {
  to: AgreementStatus;
  check: TransitionCheck;
}

/**
 * The moves to show on an agreement's page: every move the user's role may make from the current
 * status, each with whether the dates allow it now (a blocked one is shown as a hint, not a button).
 */
export function transitionOptions(
  facts: LifecycleFacts,
  context: { today: string; officeWide: boolean },
): TransitionOption[] {
  return nextStatuses(facts.status)
    .map((to) => ({ to, check: checkTransition(facts, to, context) }))
    .filter((option) => option.check.ok || !option.check.blocks.includes("unitStaffNotAllowed"));
}

/** A renewal continues an agreement that has been in force: active, expired or terminated. */
export function canRenew(status: AgreementStatus): boolean {
  return status === "ACTIVE" || status === "EXPIRED" || status === "TERMINATED";
}

/** Unit staff (coordinators) edit their unit's agreements only while they are drafts. */
export function isEditableByUnitStaff(status: AgreementStatus): boolean {
  return status === "DRAFT";
}
