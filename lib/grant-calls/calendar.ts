import ical, { ICalCalendarMethod } from "ical-generator";

export interface CalendarDeadline {
  id: string;
  title: string;
  funder: string;
  program: string | null;
  deadline: Date;
  /** The call's own page: the public one for a public call, the staff one otherwise. */
  link: string;
  /** "Deadline: 14 November 2026, 17:00 (GMT+1)", in the zone the funder gave it in. */
  deadlineText: string;
}

export interface GrantCalendarOptions {
  baseUrl: string;
  name: string;
  summaryOf: (title: string) => string;
  /** The institution's zone: calendar apps show the events in it unless the reader's own is set. */
  timeZone: string;
}

/**
 * Grant call deadlines as iCalendar. Each event sits at the moment the call closes (DTSTART =
 * DTEND), written in UTC ("…Z"), exact in every calendar app whatever zone the funder named; the
 * calendar says the institution's zone (X-WR-TIMEZONE) for apps that show a feed in its own zone,
 * and each description gives the deadline on the funder's clock. The UID is stable, so a moved
 * deadline updates its event instead of adding one.
 */
export function buildGrantCalendar(deadlines: readonly CalendarDeadline[], options: GrantCalendarOptions): string {
  const host = new URL(options.baseUrl).host;
  const calendar = ical({
    name: options.name,
    prodId: { company: host, product: "grant-call-deadlines", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: new URL("/grant-calls", options.baseUrl).toString(),
    ttl: 60 * 60,
  });
  calendar.x([["X-WR-TIMEZONE", options.timeZone]]);
  for (const deadline of deadlines) {
    calendar.createEvent({
      id: `grant-call-${deadline.id}@${host}`,
      start: deadline.deadline,
      end: deadline.deadline,
      summary: options.summaryOf(deadline.title),
      description: [deadline.deadlineText, [deadline.funder, deadline.program].filter(Boolean).join(" — "), deadline.link].join("\n"),
      url: deadline.link,
    });
  }
  return calendar.toString();
}
