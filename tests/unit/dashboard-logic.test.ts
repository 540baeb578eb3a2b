import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layoutBars, CHART_WIDTH } from "@/components/charts/bar-layout";
import { funnelOf } from "@/lib/dashboard/funnel";
import { nextStepOf } from "@/lib/dashboard/next-step";
import { academicYearDays, periodOf } from "@/lib/dashboard/period";
import { trendOf } from "@/lib/dashboard/trend";

describe("the dashboard's period", () => {
  it("compares today with the same date last year and names both academic years", () => {
    expect(periodOf("2026-12-05")).toEqual({
      today: "2026-12-05",
      lastYear: "2025-12-05",
      academicYear: 2026,
      lastAcademicYear: 2025,
      cycleStart: "2026-09-01",
      lastCycleStart: "2025-09-01",
      firstChartYear: 2017,
    });
  });

  it("turns the academic year on September 1 and keeps February 29 in February", () => {
    expect(periodOf("2027-08-31")).toMatchObject({ academicYear: 2026, cycleStart: "2026-09-01", lastYear: "2026-08-31" });
    expect(periodOf("2028-02-29")).toMatchObject({ lastYear: "2027-02-28", academicYear: 2027 });
    expect(academicYearDays(2026)).toEqual({ first: "2026-09-01", last: "2027-08-31" });
  });
});

describe("a figure's trend", () => {
  it("gives the change, its direction and a whole percentage", () => {
    expect(trendOf(140, 128)).toEqual({ current: 140, previous: 128, change: 12, direction: "up", percent: 9 });
    expect(trendOf(3, 4)).toMatchObject({ change: -1, direction: "down", percent: -25 });
    expect(trendOf(5, 5)).toMatchObject({ change: 0, direction: "same", percent: 0 });
  });

  it("has no percentage from nothing", () => {
    expect(trendOf(7, 0)).toMatchObject({ direction: "up", percent: null });
  });
});

describe("the application funnel", () => {
  it("counts an application at every stage it reached; a withdrawal only as submitted", () => {
    const funnel = funnelOf([
      { status: "SUBMITTED", count: 10 },
      { status: "UNDER_REVIEW", count: 4 },
      { status: "SHORTLISTED", count: 3 },
      { status: "NOMINATED", count: 2 },
      { status: "ACCEPTED", count: 1 },
      { status: "REJECTED", count: 5 },
      { status: "WITHDRAWN", count: 2 },
    ]);
    expect(funnel).toEqual([
      { stage: "submitted", count: 27 },
      { stage: "reviewed", count: 15 },
      { stage: "shortlisted", count: 6 },
      { stage: "nominated", count: 3 },
      { stage: "accepted", count: 1 },
    ]);
  });
});

describe("a student's next step", () => {
  it("asks to submit a draft while the call is open, and says when it closed first", () => {
    expect(nextStepOf("DRAFT", true)).toBe("submit");
    expect(nextStepOf("DRAFT", false)).toBe("late");
  });

  it("says what the student waits for at each later stage", () => {
    expect(["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "ACCEPTED", "REJECTED", "WITHDRAWN"].map((status) => nextStepOf(status as never, false))).toEqual([
      "review",
      "review",
      "nomination",
      "host",
      "prepare",
      "none",
      "none",
    ]);
  });
});

describe("horizontal bar layout", () => {
  it("scales the longest bar to the track and writes every value after its bar", () => {
    const layout = layoutBars(
      [
        { label: "2025/26", values: [40, 10] },
        { label: "2026/27", values: [20, 0] },
      ],
      "grouped",
    );
    const [first, second] = layout.rows;
    expect(first!.bars.map((bar) => bar.width)).toEqual([CHART_WIDTH - 46, (CHART_WIDTH - 46) / 4]);
    expect(second!.bars[1]!.width).toBe(0);
    expect(second!.values.map((value) => value.value)).toEqual([20, 0]);
    expect(second!.labelY).toBeGreaterThan(first!.bars[1]!.y);
    expect(layout.height).toBeGreaterThan(second!.bars[1]!.y);
  });

  it("stacks segments end to end and writes the row's total", () => {
    const layout = layoutBars([{ label: "Bilateral", values: [3, 0, 1] }], "stacked");
    const row = layout.rows[0]!;
    expect(row.bars.map((bar) => bar.seriesIndex)).toEqual([0, 2]);
    expect(row.bars[1]!.x).toBeCloseTo(row.bars[0]!.width);
    expect(row.bars[0]!.width + row.bars[1]!.width).toBeCloseTo(CHART_WIDTH - 46);
    expect(row.values).toHaveLength(1);
    expect(row.values[0]!.value).toBe(4);
  });

  it("draws nothing but zeros when every value is zero, and shortens a label wider than the chart", () => {
    const long = "Межвузовское соглашение Erasmus+ о мобильности студентов и преподавателей (KA171)";
    const layout = layoutBars([{ label: long, values: [0] }], "grouped");
    expect(layout.rows[0]!.bars[0]!.width).toBe(0);
    expect(layout.rows[0]!.shownLabel.endsWith("…")).toBe(true);
    expect(layout.rows[0]!.shownLabel.length).toBeLessThan(long.length);
  });
});

describe("audit wording for international students", () => {
  it.each(["en", "az", "ru"])("names the record type and every action it writes (%s)", (locale) => {
    const admin = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", locale, "admin.json"), "utf8")) as {
      audit: { entityTypes: Record<string, string>; actions: Record<string, Record<string, string>> };
    };
    expect(admin.audit.entityTypes.InternationalStudent).toBeTruthy();
    expect(Object.keys(admin.audit.actions["international-student"] ?? {}).sort()).toEqual(["create", "import", "update"]);
  });
});
