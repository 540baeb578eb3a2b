import { describe, expect, it } from "vitest";
import { academicYearOf } from "@/lib/agreements/dates";
import { planRenewalDates, renewalReferenceStem, suggestRenewalReference } from "@/lib/agreements/renewal";

describe("renewal planning", () => {
  it("suggests the next free renewal reference", () => {
    expect(suggestRenewalReference("KU-IRO-2021-004", new Set())).toBe("KU-IRO-2021-004-R1");
    expect(suggestRenewalReference("KU-IRO-2021-004-R1", new Set())).toBe("KU-IRO-2021-004-R2");
    expect(suggestRenewalReference("KU-IRO-2021-004", new Set(["KU-IRO-2021-004-R1", "KU-IRO-2021-004-R2"]))).toBe("KU-IRO-2021-004-R3");
    expect(renewalReferenceStem("KU-IRO-2021-004-R2")).toBe("KU-IRO-2021-004-R");
  });

  it("starts the successor the day after the end and keeps the original's length", () => {
    expect(planRenewalDates({ startsOn: "2021-09-01", endsOn: "2026-12-31" }, "2026-11-22")).toEqual({
      startsOn: "2027-01-01",
      endsOn: "2032-04-30",
      yearShift: 5,
    });
    expect(planRenewalDates({ startsOn: "2022-01-01", endsOn: "2026-12-31" }, "2026-11-22")).toMatchObject({
      startsOn: "2027-01-01",
      endsOn: "2031-12-31",
    });
    expect(planRenewalDates({ startsOn: "2024-02-29", endsOn: "2025-02-27" }, "2025-01-01")).toMatchObject({
      startsOn: "2025-02-28",
      endsOn: "2026-02-27",
    });
  });

  it("starts a lapsed agreement's successor today", () => {
    expect(planRenewalDates({ startsOn: "2020-01-01", endsOn: "2024-12-31" }, "2026-11-22")).toMatchObject({ startsOn: "2026-11-22" });
    expect(planRenewalDates({ startsOn: null, endsOn: null }, "2026-11-22")).toEqual({ startsOn: "2026-11-22", endsOn: null, yearShift: 0 });
  });

  it("turns the academic year on September 1", () => {
    expect(academicYearOf("2026-09-01")).toBe(2026);
    expect(academicYearOf("2027-03-01")).toBe(2026);
    expect(academicYearOf("2031-08-31")).toBe(2030);
  });
});
