import type { GrantCallStatus } from "@/lib/generated/prisma/enums";

/**
 * The grant call lifecycle as data: DRAFT → PUBLISHED → CLOSED. A draft is the office's own
 * preparation; publishing shows it to staff (and to visitors when it is public) and lets staff
 * follow it; closing is final. Pure: no I/O.
 */

export type GrantCallTransition = "publish" | "close";

const TRANSITIONS: Record<GrantCallTransition, { from: GrantCallStatus; to: GrantCallStatus }> = {
  publish: { from: "DRAFT", to: "PUBLISHED" },
  close: { from: "PUBLISHED", to: "CLOSED" },
};

export function targetStatus(transition: GrantCallTransition): GrantCallStatus {
  return TRANSITIONS[transition].to;
}

export function canTransition(status: GrantCallStatus, transition: GrantCallTransition): boolean {
  return TRANSITIONS[transition].from === status;
}

/** A closed call is kept as it was; drafts and published calls can be edited. */
export function isEditable(status: GrantCallStatus): boolean {
  return status !== "CLOSED";
}

/** Only a draft can be deleted: a published call may have followers and projects. */
export function isDeletable(status: GrantCallStatus): boolean {
  return status === "DRAFT";
}

/**
 * Why a call cannot be published (or stay published), as field → translation key: its deadline
 * must still be ahead.
 */
export function publishProblems(facts: { deadline: Date }, now: Date): Record<string, string> {
  return facts.deadline.getTime() <= now.getTime() ? { deadline: "grantCalls.lifecycle.errors.deadlinePassed" } : {};
}

/**
 * Why a staff member cannot follow the call, as a translation key, or null when they can: only a
 * published call whose deadline is still ahead has reminders left to send.
 */
export function followRefusal(call: { status: GrantCallStatus; deadline: Date }, now: Date): string | null {
  if (call.status === "CLOSED") return "grantCalls.follow.errors.closed";
  if (call.status !== "PUBLISHED") return "grantCalls.follow.errors.notPublished";
  if (call.deadline.getTime() <= now.getTime()) return "grantCalls.follow.errors.deadlinePassed";
  return null;
}

/** Whether "we are applying" may start a project from the call: a published call before its deadline. */
export function applyRefusal(call: { status: GrantCallStatus; deadline: Date }, now: Date): string | null {
  if (call.status !== "PUBLISHED") return "grantCalls.apply.errors.notPublished";
  if (call.deadline.getTime() <= now.getTime()) return "grantCalls.apply.errors.deadlinePassed";
  return null;
}
