/**
 * What the office should look at but may still save (issue 11, "bad input"): an agenda item that
 * overlaps another or falls outside the visit's days, and a passport that expires before its holder
 * leaves. Pure, so the page shows the same warnings the save returned. Days are ISO text in the
 * institution's time zone; `dayOf` turns an instant into one.
 */

export type VisitWarning =
  | { key: "agendaOverlap"; itemId: string; otherId: string }
  | { key: "agendaOutsideVisit"; itemId: string }
  | { key: "passportExpiresBeforeDeparture"; participantId: string };

export interface AgendaTiming {
  id: string;
  startsAt: Date;
  endsAt: Date | null;
}

/** Two items overlap when one starts before the other ends; an item without an end is a moment. */
function overlaps(a: AgendaTiming, b: AgendaTiming): boolean {
  const aEnd = (a.endsAt ?? a.startsAt).getTime();
  const bEnd = (b.endsAt ?? b.startsAt).getTime();
  const [aStart, bStart] = [a.startsAt.getTime(), b.startsAt.getTime()];
  return aStart === bStart || (aStart < bEnd && bStart < aEnd);
}

/** Each overlapping pair once (reported on the later item), then each item outside the visit's first and last day. */
export function agendaWarnings(
  items: readonly AgendaTiming[],
  visit: { startDate: string; endDate: string },
  dayOf: (instant: Date) => string,
): VisitWarning[] {
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const warnings: VisitWarning[] = [];
  sorted.forEach((item, index) => {
    for (const earlier of sorted.slice(0, index)) {
      if (overlaps(earlier, item)) warnings.push({ key: "agendaOverlap", itemId: item.id, otherId: earlier.id });
    }
  });
  for (const item of sorted) {
    const first = dayOf(item.startsAt);
    const last = dayOf(item.endsAt ?? item.startsAt);
    if (first < visit.startDate || last > visit.endDate) warnings.push({ key: "agendaOutsideVisit", itemId: item.id });
  }
  return warnings;
}

export interface PassportTiming {
  id: string;
  passportExpiresOn: string | null;
  departureAt: Date | null;
}

/**
 * A passport must still be valid on the day its holder leaves (the departure, or the visit's last
 * day when no departure is known): a consulate refuses a visa otherwise.
 */
export function passportWarnings(participants: readonly PassportTiming[], visitEndDate: string, dayOf: (instant: Date) => string): VisitWarning[] {
  return participants
    .filter((p) => p.passportExpiresOn !== null && p.passportExpiresOn < (p.departureAt ? dayOf(p.departureAt) : visitEndDate))
    .map((p) => ({ key: "passportExpiresBeforeDeparture", participantId: p.id }));
}
