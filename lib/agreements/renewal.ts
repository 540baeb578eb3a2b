import { academicYearOf, addDays, addMonths, monthsAndDaysBetween } from "./dates";

/**
 * How a renewal pre-fills its successor. Pure, unit-tested; the service writes the result.
 */

/** "KU-IRO-2021-004" → "KU-IRO-2021-004-R1"; "…-R1" → "…-R2"; skips numbers already taken. */
export function suggestRenewalReference(reference: string, taken: ReadonlySet<string>): string {
  const match = /^(.*)-R(\d+)$/.exec(reference);
  const base = match ? match[1]! : reference;
  let next = match ? Number(match[2]) + 1 : 1;
  while (taken.has(`${base}-R${next}`)) next++;
  return `${base}-R${next}`;
}

/** The stem every renewal reference of this agreement starts with (for looking up taken ones). */
export function renewalReferenceStem(reference: string): string {
  return `${reference.replace(/-R\d+$/, "")}-R`;
}

export interface RenewalDates {
  startsOn: string;
  endsOn: string | null;
  /** Academic years the cooperation conditions move forward by. */
  yearShift: number;
}

/**
 * The successor starts the day after the current agreement ends (or today, if that day is already
 * past, since a lapsed agreement is renewed from now) and runs as long as the original did.
 */
export function planRenewalDates(current: { startsOn: string | null; endsOn: string | null }, today: string): RenewalDates {
  const dayAfterEnd = current.endsOn ? addDays(current.endsOn, 1) : today;
  const startsOn = dayAfterEnd < today ? today : dayAfterEnd;
  // Measured in calendar months, so a five-year agreement (Sep 1 – Aug 31) renews as Sep 1 – Aug 31.
  let endsOn: string | null = null;
  if (current.startsOn && current.endsOn && current.endsOn >= current.startsOn) {
    const { months, days } = monthsAndDaysBetween(current.startsOn, addDays(current.endsOn, 1));
    endsOn = addDays(addDays(addMonths(startsOn, months), days), -1);
  }
  const yearShift = current.startsOn ? Math.max(0, academicYearOf(startsOn) - academicYearOf(current.startsOn)) : 0;
  return { startsOn, endsOn, yearShift };
}
