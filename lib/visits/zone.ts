import "server-only";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";

/** The institution's zone and today's day there: a visit's days and an agenda's times are the office's. */
export async function officeClock(now: Date = new Date()): Promise<{ timeZone: string; today: string; dayOf: (instant: Date) => string }> {
  const timeZone = await getInstitutionTimeZone();
  return { timeZone, today: dayIn(now, timeZone), dayOf: (instant) => dayIn(instant, timeZone) };
}
