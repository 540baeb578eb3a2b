import { describe, expect, it } from "vitest";
import { reportFormat, reportTitle } from "@/lib/reports/format";
import { asOfDay, lastEndedQuarter, periodShape, quarterOf, quarterPeriod, yearPeriod } from "@/lib/reports/periods";
import { rankingsFigures, type RankingsCounts } from "@/lib/reports/rankings";
import { generateReportSchema } from "@/lib/reports/schemas";

describe("report periods", () => {
  it("knows the calendar quarters and the one that ended last", () => {
    expect(quarterPeriod(2026, 1)).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(quarterPeriod(2024, 1)).toEqual({ start: "2024-01-01", end: "2024-03-31" });
    expect(quarterPeriod(2026, 4)).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(quarterOf("2026-09-30")).toEqual({ year: 2026, quarter: 3 });
    expect(lastEndedQuarter("2026-10-01")).toEqual({ year: 2026, quarter: 3 });
    expect(lastEndedQuarter("2027-01-03")).toEqual({ year: 2026, quarter: 4 });
  });

  it("names whole years and quarters, and counts figures as of the period's end or today", () => {
    expect(periodShape(yearPeriod(2025))).toEqual({ kind: "year", year: 2025 });
    expect(periodShape(quarterPeriod(2026, 2))).toEqual({ kind: "quarter", year: 2026, quarter: 2 });
    expect(periodShape({ start: "2026-03-01", end: "2026-05-31" })).toEqual({ kind: "days" });
    expect(asOfDay(yearPeriod(2025), "2026-12-05")).toBe("2025-12-31");
    expect(asOfDay(yearPeriod(2026), "2026-12-05")).toBe("2026-12-05");
  });

  it("titles a report in its language", () => {
    const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;
    expect(reportTitle(t, "QUARTERLY", quarterPeriod(2026, 3), reportFormat("en"))).toBe('titles.quarterly{"year":2026,"quarter":"quarterNames.3"}');
    expect(reportTitle(t, "RANKINGS", yearPeriod(2025), reportFormat("en"))).toBe('titles.rankingsYear{"year":2025}');
    expect(reportFormat("ru").range(quarterPeriod(2026, 3))).toMatch(/сент/);
  });
});

describe("the report request", () => {
  it("turns a kind and a year or quarter into its period", () => {
    expect(generateReportSchema.parse({ kind: "QUARTERLY", year: "2026", quarter: "3", language: "az" })).toMatchObject({ period: { start: "2026-07-01", end: "2026-09-30" }, inputs: {} });
    expect(generateReportSchema.parse({ kind: "ANNUAL", year: "2025", quarter: "", language: "en" }).period).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("needs the totals for the rankings pack and keeps them", () => {
    const missing = generateReportSchema.safeParse({ kind: "RANKINGS", year: "2025", language: "en" });
    expect(missing.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["totalStaff", "totalStudents"]);
    const tooMany = generateReportSchema.safeParse({ kind: "RANKINGS", year: "2025", language: "en", totalStudents: "100", totalStaff: "10", internationalStaff: "11" });
    expect(tooMany.error?.issues.map((issue) => issue.path.join("."))).toEqual(["internationalStaff"]);
    expect(generateReportSchema.parse({ kind: "RANKINGS", year: "2025", language: "en", totalStudents: "7200", totalStaff: "480" }).inputs).toEqual({
      totalStudents: 7200,
      totalStaff: 480,
      internationalStaff: null,
    });
  });

  it("refuses a custom period that ends before it starts or spans more than ten years", () => {
    const backwards = generateReportSchema.safeParse({ kind: "CUSTOM", periodStart: "2026-05-01", periodEnd: "2026-04-30", language: "en" });
    expect(backwards.error?.issues[0]?.message).toBe("common.form.errors.dateOrder");
    const long = generateReportSchema.safeParse({ kind: "CUSTOM", periodStart: "2010-01-01", periodEnd: "2026-04-30", language: "en" });
    expect(long.error?.issues[0]?.message).toBe("reports.validation.periodTooLong");
  });
});

describe("the rankings figures", () => {
  const counts: RankingsCounts = {
    internationalStudents: 95,
    studentCountries: 17,
    inboundStudents: 38,
    outboundStudents: 51,
    inboundStaff: 4,
    outboundStaff: 19,
    partners: 60,
    partnerUniversities: 55,
    partnerCountries: 23,
    agreementsInForce: 62,
    agreementsByKind: [
      { kind: "DOUBLE_DEGREE", count: 3 },
      { kind: "JOINT_DEGREE", count: 1 },
      { kind: "ERASMUS_KA171", count: 18 },
    ],
    projects: 2,
    projectPartners: 11,
    visitsReceived: 5,
  };
  const value = (figures: ReturnType<typeof rankingsFigures>, key: string) => figures.find((figure) => figure.key === key)?.value;

  it("computes the international student and staff ratios from the records and the totals entered", () => {
    const figures = rankingsFigures(counts, { totalStudents: 7600, totalStaff: 500, internationalStaff: 25 });
    expect(value(figures, "internationalStudentRatio")).toBeCloseTo(95 / 7600);
    expect(value(figures, "internationalStaffRatio")).toBeCloseTo(0.05);
    expect(value(figures, "jointProgrammes")).toBe(4);
    expect(figures.find((figure) => figure.key === "totalStudents")?.source).toBe("entered");
  });

  it("leaves the staff ratio out when the international staff were not entered", () => {
    const figures = rankingsFigures(counts, { totalStudents: 7600, totalStaff: 500, internationalStaff: null });
    expect(value(figures, "internationalStaff")).toBeNull();
    expect(value(figures, "internationalStaffRatio")).toBeNull();
  });
});
