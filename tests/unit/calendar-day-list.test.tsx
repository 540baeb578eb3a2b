import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DayList } from "@/app/(dashboard)/dashboard/visits/calendar/_components/day-list";
import type { CalendarEntry } from "@/lib/visits/calendar/queries";

/**
 * The month on a phone lists days one after another. A busy office has dozens of entries a day in
 * a month (every agenda item of every delegation), so, as the month grid, it shows a few per day and
 * links to that day's week for the rest: a month page of every entry twice weighed 1 MB.
 */

function agendaItem(day: string, index: number): CalendarEntry {
  return {
    key: `agenda-${day}-${index}`,
    kind: "agenda",
    id: `${day}-${index}`,
    title: { text: `Meeting ${index}`, lang: "en" },
    visitTitle: null,
    href: `/dashboard/visits/v#item-${index}`,
    start: new Date(`${day}T09:00:00Z`),
    end: null,
    allDay: false,
    location: null,
    unitName: null,
    startDay: day,
    endDay: day,
  };
}

function render(more?: Parameters<typeof DayList>[0]["more"]) {
  const byDay = new Map([
    ["2026-12-07", [1, 2, 3, 4, 5].map((index) => agendaItem("2026-12-07", index))],
    ["2026-12-08", [1, 2].map((index) => agendaItem("2026-12-08", index))],
  ]);
  return renderToStaticMarkup(
    <DayList
      days={["2026-12-07", "2026-12-08"]}
      today="2026-12-05"
      locale="en"
      byDay={byDay}
      skipEmptyDays
      headingOf={(day) => day}
      timeRangeOf={() => null}
      kindLabel={() => "Agenda item"}
      emptyDayLabel="Nothing"
      emptyLabel="Nothing this month"
      more={more}
    />,
  );
}

describe("the calendar's list of days", () => {
  it("shows a few entries per day and links to the day's week for the rest, when asked", () => {
    const html = render({ shownPerDay: 3, label: (count) => `${count} more`, href: (day) => `/week/${day}` });
    expect(html.match(/Meeting \d/g)).toEqual(["Meeting 1", "Meeting 2", "Meeting 3", "Meeting 1", "Meeting 2"]);
    expect(html).toMatch(/<a [^>]*href="\/week\/2026-12-07"[^>]*>2 more<\/a>/);
    expect(html).not.toContain("/week/2026-12-08");
  });

  it("shows every entry of the week view", () => {
    expect(render().match(/Meeting \d/g)).toHaveLength(7);
  });
});
