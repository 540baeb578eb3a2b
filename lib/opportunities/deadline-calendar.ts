import ical, { ICalCalendarMethod } from "ical-generator";

export interface DeadlineEvent {
  id: string;
  title: string;
  partnerName: string | null;
  programName: string;
  closesAt: Date;
}

/**
 * The catalogue's deadlines as an iCalendar feed: one short event per call at its closing time,
 * with a stable UID so calendar apps update an event when a deadline moves instead of adding one.
 */
export function buildDeadlineCalendar(
  events: readonly DeadlineEvent[],
  { baseUrl, name, summaryOf }: { baseUrl: string; name: string; summaryOf: (event: DeadlineEvent) => string },
): string {
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
      end: new Date(event.closesAt.getTime() + 30 * 60_000),
      summary: summaryOf(event),
      description: [event.programName, event.partnerName, url].filter(Boolean).join("\n"),
      url,
    });
  }
  return calendar.toString();
}
