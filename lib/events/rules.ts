import type { EventRegistrationMode } from "@/lib/generated/prisma/enums";

/**
 * When an event takes registrations, as one rule for the public page (what it offers) and the
 * registration service (what it accepts). Pure: the browser may use it too.
 *
 * - `none`: the event takes no registrations;
 * - `started`: the event has begun (or is over): too late to register, confirm or cancel;
 * - `closed`: the registration's closing time has passed;
 * - `open`: registrations are taken (places permitting: a full event puts people on the waiting list).
 */
export type RegistrationState = "none" | "started" | "closed" | "open";

export interface RegistrationWindow {
  registrationMode: EventRegistrationMode;
  startsAt: Date;
  registrationClosesAt: Date | null;
}

export function registrationState(event: RegistrationWindow, now: Date): RegistrationState {
  if (event.registrationMode === "NONE") return "none";
  if (now.getTime() >= event.startsAt.getTime()) return "started";
  if (event.registrationClosesAt && now.getTime() >= event.registrationClosesAt.getTime()) return "closed";
  return "open";
}

/** Places still free, or null when the event has no capacity (no limit). Never negative: a lowered capacity leaves people confirmed. */
export function placesLeft(capacity: number | null, confirmed: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - confirmed);
}
