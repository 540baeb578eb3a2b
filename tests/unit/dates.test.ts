import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatZone } from "@/lib/dates/format";
import { calendarDaysUntil, dayIn, endOfDayIn, isValidTimeZone, localInputToDate, startOfDayIn, toLocalInput, zoneOffsetMinutes } from "@/lib/dates/zoned";

/**
 * Dates as a first-time user met them: an Azerbaijani deadline read "14 noyabr 2026/00:00", and
 * deadlines stored at midnight UTC showed "12:00 AM". A deadline is the end of its day in the
 * institution's zone (Asia/Baku in the demo), shown with its time and the zone.
 */

const BAKU = "Asia/Baku";
const deadline = endOfDayIn("2026-11-14", BAKU);

describe("a deadline day", () => {
  it("ends at 23:59:59 in the institution's zone", () => {
    expect(deadline.toISOString()).toBe("2026-11-14T19:59:59.000Z");
    expect(startOfDayIn("2026-11-14", BAKU).toISOString()).toBe("2026-11-13T20:00:00.000Z");
    expect(endOfDayIn("2026-11-14", "UTC").toISOString()).toBe("2026-11-14T23:59:59.000Z");
    expect(endOfDayIn("2026-07-01", "Europe/Berlin").toISOString()).toBe("2026-07-01T21:59:59.000Z");
  });

  it("falls on the same day there, whatever the server's zone", () => {
    expect(dayIn(deadline, BAKU)).toBe("2026-11-14");
    expect(dayIn(deadline, "UTC")).toBe("2026-11-14");
    expect(dayIn(new Date("2026-11-14T20:30:00Z"), BAKU)).toBe("2026-11-15");
  });

  it("counts days left by the calendar there", () => {
    expect(calendarDaysUntil(deadline, new Date("2026-11-14T05:00:00Z"), BAKU)).toBe(0);
    expect(calendarDaysUntil(deadline, new Date("2026-11-13T19:00:00Z"), BAKU)).toBe(1);
    // 21:00 UTC on the 13th is already the 14th in Baku.
    expect(calendarDaysUntil(deadline, new Date("2026-11-13T21:00:00Z"), BAKU)).toBe(0);
  });
});

describe("form values in the institution's zone", () => {
  it("reads a date-only deadline as the end of that day, a datetime as that wall time", () => {
    expect(localInputToDate("2026-11-14", BAKU)?.toISOString()).toBe("2026-11-14T19:59:59.000Z");
    expect(localInputToDate("2026-11-14", BAKU, "start")?.toISOString()).toBe("2026-11-13T20:00:00.000Z");
    expect(localInputToDate("2026-11-14T17:00", BAKU)?.toISOString()).toBe("2026-11-14T13:00:00.000Z");
    expect(localInputToDate("2026-11-14T23:59:30", BAKU)?.toISOString()).toBe("2026-11-14T19:59:30.000Z");
  });

  it("refuses what is not a date", () => {
    for (const value of ["", "2026-02-30", "2026-11-14T24:00", "14.11.2026", "2026-11-14T17:00Z"]) {
      expect(localInputToDate(value, BAKU)).toBeNull();
    }
  });

  it("settles daylight-saving changes", () => {
    // 02:30 does not exist in Berlin on 29 March 2026: it lands just after the change.
    expect(localInputToDate("2026-03-29T02:30", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(localInputToDate("2026-03-29T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T10:00:00.000Z");
    expect(zoneOffsetMinutes(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe(60);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe(120);
  });

  it("shows a stored deadline back as the datetime-local value that was typed", () => {
    expect(toLocalInput(deadline, BAKU)).toBe("2026-11-14T23:59");
    expect(localInputToDate(toLocalInput(new Date("2026-05-02T08:15:00Z"), BAKU), BAKU)?.toISOString()).toBe("2026-05-02T08:15:00.000Z");
  });

  it("knows a zone name from a typo", () => {
    expect(isValidTimeZone(BAKU)).toBe(true);
    expect(isValidTimeZone("Asia/Bakuu")).toBe(false);
  });
});

describe("formatting", () => {
  const dates = (locale: string) => ({ locale, timeZone: BAKU });

  it("joins the day and the time with a comma in every language, never CLDR's Azerbaijani slash", () => {
    expect(formatDateTime(deadline, dates("az"))).toBe("14 noyabr 2026, 23:59 (GMT+4)");
    expect(formatDateTime(deadline, dates("ru"))).toBe("14 ноября 2026 г., 23:59 (GMT+4)");
    // ICU may put a narrow no-break space before "PM".
    expect(formatDateTime(deadline, dates("en"))).toMatch(/^November 14, 2026, 11:59\sPM \(GMT\+4\)$/);
    for (const locale of ["en", "az", "ru"]) expect(formatDateTime(deadline, dates(locale), "medium")).not.toContain("/");
  });

  it("shows the institution's day and time, not the server's or midnight UTC", () => {
    expect(formatDateTime(deadline, dates("en"))).not.toContain("12:00 AM");
    expect(formatDay(new Date("2026-11-14T21:00:00Z"), dates("en"))).toBe("November 15, 2026");
    expect(formatZone(deadline, { locale: "en", timeZone: "UTC" })).toBe("UTC");
  });
});
