import ical, { ICalCalendarMethod } from "ical-generator";

export interface DeadlineEvent {
  id: string;
  title: string;
  partnerName: string | null;
  programName: string;
  closesAt: Date;
}

export interface DeadlineCalendarOptions {
  baseUrl: string;
  /** The calendar's name in the reader's language. */
  name: string;
  summaryOf: (event: Pick<DeadlineEvent, "title">) => string;
  /** "Deadline: 14 November 2026, 23:59 (GMT+4)", the first line of the description. */
  deadlineOf?: (event: DeadlineEvent) => string;
}

/**
 * Application deadlines as iCalendar: the whole catalogue's feed, or a single call's deadline. Each
 * event sits at the very moment applications close (DTSTART = DTEND = the deadline, 23:59:59 of
 * its day in the institution's zone), written in UTC ("…Z"): exact in every calendar app, with no
 * time-zone definition to get wrong. The UID is stable, so a calendar app updates an event when a
 * deadline moves instead of adding one, and the single call's event is the same as the feed's.
 */
export function buildDeadlineCalendar(events: readonly DeadlineEvent[], { baseUrl, name, summaryOf, deadlineOf }: DeadlineCalendarOptions): string {
  const host = new URL(baseUrl).host;
  const calendar = ical({
    name,
    prodId: { company: host, product: "opportunity-deadlines", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: new URL("/opportunities", baseUrl).toString(),
    ttl: 60 * 60,
  });
  for (const event of events) {
    const url = new URL(`/opportunities/${event.id}`, baseUrl).toString();
    calendar.createEvent({
      id: `opportunity-${event.id}@${host}`,
      start: event.closesAt,
      end: event.closesAt,
      summary: summaryOf(event),
      description: [deadlineOf?.(event), event.programName, event.partnerName, url].filter(Boolean).join("\n"),
      url,
    });
  }
  return calendar.toString();
}
