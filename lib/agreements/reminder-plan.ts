import { daysBetween } from "./dates";

/**
 * Which reminder is due for an agreement ending on `endsOn`: the smallest configured lead time that
 * the remaining days fall within (with leads 180/90/30 and 75 days left, the 90-day reminder). Only
 * the nearest one is sent, so an agreement entered late does not get three e-mails at once. Null
 * when none is due or the agreement has already ended. Pure, unit-tested.
 */
export function reminderLeadFor(endsOn: string, today: string, leads: readonly number[]): number | null {
  const daysLeft = daysBetween(today, endsOn);
  if (daysLeft < 0) return null;
  const within = leads.filter((lead) => daysLeft <= lead);
  return within.length > 0 ? Math.min(...within) : null;
}
