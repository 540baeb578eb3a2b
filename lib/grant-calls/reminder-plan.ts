import { calendarDaysUntil } from "@/lib/dates/zoned";

/**
 * Which of a call's lead times are due for one follower today, and not yet sent to them. A lead time
 * of 30 days is due from the 30th calendar day before the deadline on (counted in `timeZone`), so a
 * run missed on that day still sends it the next; someone who follows a call five days before its
 * deadline gets one reminder that covers the 30- and 7-day ones together. Nothing is due once the
 * deadline has passed. Pure.
 */
export function dueLeadDays(
  call: { deadline: Date; reminderLeadDays: readonly number[] },
  remindedLeadDays: readonly number[],
  now: Date,
  timeZone: string,
): number[] {
  if (call.deadline.getTime() <= now.getTime()) return [];
  const daysLeft = calendarDaysUntil(call.deadline, now, timeZone);
  return call.reminderLeadDays.filter((lead) => daysLeft <= lead && !remindedLeadDays.includes(lead));
}
