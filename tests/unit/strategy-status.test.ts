import { describe, expect, it } from "vitest";
import { natureOf, readFilter } from "@/lib/strategy/metrics";
import { createIndicatorSchema } from "@/lib/strategy/schemas";
import { AT_RISK_FROM, elapsedShare, expectedValue, statusOf, unitShareProgress, worstStatus, yearProgress } from "@/lib/strategy/status";

/**
 * The strategy's status rules (lib/strategy/status.ts): on track at 100 % of the value expected,
 * at risk from 80 %, behind below; a past year against its whole target, the running year against
 * its target pro-rated to the day.
 */

const year = (figures: Partial<Parameters<typeof yearProgress>[0]> & { year: number }) => ({ target: null, actual: null, previousActual: null, previousTarget: null, ...figures });

describe("status thresholds", () => {
  it("is on track at 100 % and above, at risk from 80 %, behind below 80 %", () => {
    expect(statusOf(100, 100)).toBe("ON_TRACK");
    expect(statusOf(130, 100)).toBe("ON_TRACK");
    expect(statusOf(99.99, 100)).toBe("AT_RISK");
    expect(statusOf(80, 100)).toBe("AT_RISK");
    expect(statusOf(79.99, 100)).toBe("BEHIND");
    expect(statusOf(0, 100)).toBe("BEHIND");
    expect(AT_RISK_FROM).toBe(0.8);
  });

  it("meets a target of 0 whatever the actual", () => {
    expect(statusOf(0, 0)).toBe("ON_TRACK");
  });

  it("compares a past year with its whole target", () => {
    expect(yearProgress(year({ year: 2025, target: 50, actual: 50 }), "flow", "2026-06-30").state).toBe("ON_TRACK");
    expect(yearProgress(year({ year: 2025, target: 50, actual: 40 }), "flow", "2026-06-30").state).toBe("AT_RISK");
    expect(yearProgress(year({ year: 2025, target: 50, actual: 39 }), "level", "2026-06-30").state).toBe("BEHIND");
    expect(yearProgress(year({ year: 2025, target: 50, actual: 40 }), "flow", "2026-06-30")).toMatchObject({ expected: 50, share: 0.8, running: false });
  });

  it("pro-rates a flow's target by the share of the year elapsed", () => {
    // 1 July 2026 is day 182 of 365.
    expect(elapsedShare(2026, "2026-07-01")).toBeCloseTo(182 / 365);
    const progress = yearProgress(year({ year: 2026, target: 365, actual: 182 }), "flow", "2026-07-01");
    expect(progress).toMatchObject({ running: true, state: "ON_TRACK" });
    expect(progress.expected).toBeCloseTo(182);
    expect(yearProgress(year({ year: 2026, target: 365, actual: 146 }), "flow", "2026-07-01").state).toBe("AT_RISK");
    expect(yearProgress(year({ year: 2026, target: 365, actual: 145 }), "flow", "2026-07-01").state).toBe("BEHIND");
  });

  it("expects a level on a straight line from last year's actual to this year's target", () => {
    // 2 July 2026 is day 183 of 365.
    const elapsed = elapsedShare(2026, "2026-07-02");
    expect(expectedValue(80, "level", elapsed, 60)).toBeCloseTo(60 + 20 * (183 / 365));
    // Without last year's actual, last year's target; without either, the target itself.
    expect(yearProgress(year({ year: 2026, target: 80, actual: 70, previousTarget: 60 }), "level", "2026-07-02").expected).toBeCloseTo(60 + 20 * (183 / 365));
    expect(yearProgress(year({ year: 2026, target: 80, actual: 70 }), "level", "2026-07-02").expected).toBe(80);
    // 70 of about 70.03 expected: at risk; with last year's actual at 64, the line starts higher.
    expect(yearProgress(year({ year: 2026, target: 80, actual: 70, previousActual: 60 }), "level", "2026-07-02").state).toBe("AT_RISK");
    expect(yearProgress(year({ year: 2026, target: 80, actual: 71, previousActual: 60 }), "level", "2026-07-02").state).toBe("ON_TRACK");
  });

  it("says a later year is upcoming, a year without a value has none and a year without a target has none", () => {
    expect(yearProgress(year({ year: 2027, target: 10 }), "flow", "2026-07-01")).toMatchObject({ state: "UPCOMING", expected: null });
    expect(yearProgress(year({ year: 2025, target: 10 }), "flow", "2026-07-01").state).toBe("NO_DATA");
    expect(yearProgress(year({ year: 2025, actual: 10 }), "flow", "2026-07-01").state).toBe("NO_TARGET");
  });

  it("gives a coordinator's unit count its share of the target and no status", () => {
    expect(unitShareProgress({ year: 2025, target: 40, actual: 10 }, "2026-01-10")).toMatchObject({ state: "UNIT_SHARE", share: 0.25 });
    expect(unitShareProgress({ year: 2027, target: 40, actual: null }, "2026-01-10").state).toBe("UPCOMING");
  });

  it("takes a goal's status from its weakest indicator, ignoring years without one", () => {
    expect(worstStatus(["ON_TRACK", "AT_RISK", "NO_DATA"])).toBe("AT_RISK");
    expect(worstStatus(["ON_TRACK", "BEHIND", "AT_RISK"])).toBe("BEHIND");
    expect(worstStatus(["UPCOMING", "NO_TARGET", "UNIT_SHARE"])).toBeNull();
  });
});

describe("metrics and their filters", () => {
  it("counts agreements, partners, students and running projects as levels, the rest as flows", () => {
    expect(natureOf("ACTIVE_AGREEMENTS", {})).toBe("level");
    expect(natureOf("INTERNATIONAL_STUDENTS", {})).toBe("level");
    expect(natureOf("PROJECTS", {})).toBe("level");
    expect(natureOf("PROJECTS", { stage: "FUNDED" })).toBe("flow");
    expect(natureOf("OUTGOING_MOBILITIES", {})).toBe("flow");
    expect(natureOf(null, {})).toBe("flow");
  });

  it("keeps only the filters a metric accepts, with known values", () => {
    expect(readFilter("ACTIVE_AGREEMENTS", { kind: "ERASMUS_KA171", participantType: "STAFF", region: "MARS" })).toEqual({ kind: "ERASMUS_KA171" });
    expect(readFilter("EVENTS_HELD", { kind: "ERASMUS_KA171" })).toEqual({});
    expect(readFilter(null, { kind: "ERASMUS_KA171" })).toEqual({});
    expect(readFilter("OUTGOING_MOBILITIES", "nonsense")).toEqual({});
  });

  it("refuses a filter value of another metric and a year given twice", () => {
    const base = { goalId: "00000000-0000-4000-8000-000000000001", goalVersion: "1", title: "Agreements", sortOrder: "0" };
    const wrongKind = createIndicatorSchema.safeParse({ ...base, metric: "EVENTS_HELD", filter: { kind: "ERASMUS_KA171" } });
    expect(wrongKind.success).toBe(false);
    expect(wrongKind.error?.issues.map((issue) => issue.path.join("."))).toContain("filter.kind");
    const twice = createIndicatorSchema.safeParse({ ...base, metric: "EVENTS_HELD", targets: [{ year: "2026", target: "3" }, { year: "2026", target: "4" }] });
    expect(twice.error?.issues.map((issue) => issue.path.join("."))).toContain("targets.1.year");
    const kept = createIndicatorSchema.parse({ ...base, metric: "ACTIVE_AGREEMENTS", filter: { kind: "ERASMUS_KA171", participantType: "STAFF" }, targets: [{ year: "2027", target: "5" }, { year: "2026", target: "4" }] });
    expect(kept.filter).toEqual({ kind: "ERASMUS_KA171" });
    expect(kept.targets.map((row) => row.year)).toEqual([2026, 2027]);
  });
});
