import { describe, expect, it } from "vitest";
import { plannedPeriod } from "@/lib/mobility/planned-period";

const day = (date: Date) => date.toISOString().slice(0, 10);

describe("planned mobility period", () => {
  it("starts a fall semester on 1 September of the academic year", () => {
    const period = plannedPeriod({ academicYear: 2026, academicPeriod: "Fall 2026", durationMonths: 5 });
    expect([day(period.startDate), day(period.endDate)]).toEqual(["2026-09-01", "2027-01-31"]);
  });

  it("starts a spring semester on 1 February of the following year", () => {
    const period = plannedPeriod({ academicYear: 2026, academicPeriod: "Spring 2027", durationMonths: 4.5 });
    expect(day(period.startDate)).toBe("2027-02-01");
    expect(day(period.endDate)).toBe("2027-06-15");
  });

  it("assumes five months when the duration is unknown", () => {
    expect(day(plannedPeriod({ academicYear: 2025, academicPeriod: "Full year", durationMonths: null }).endDate)).toBe("2026-01-31");
  });
});
