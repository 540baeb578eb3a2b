import { daysBetween } from "@/lib/agreements/dates";
import type { MetricNature } from "./metrics";

/**
 * How an indicator's actual compares with its target for one year. Pure and unit-tested; the
 * strategy page and the reports show the same words.
 *
 * - A year that has ended is compared with its whole target.
 * - The running year is compared with the target pro-rated to the day (`asOf`): a flow (mobilities,
 *   events) is expected to have reached the share of its target that the share of the year elapsed
 *   gives (day 182 of 365: 182/365 of it); a level (agreements in force) is expected on a straight
 *   line from where it stood at the end of last year (last year's actual, else last year's target,
 *   else the target itself) to its target on December 31.
 * - ON_TRACK: the actual is at least 100 % of that expected value; AT_RISK: at least 80 %; BEHIND:
 *   below 80 %. A target of 0 is always met.
 * - A later year is UPCOMING; a year with a target but no value (a hand-entered indicator nobody
 *   filled in yet) has NO_DATA; a year without a target has NO_TARGET.
 */

export const PROGRESS_STATUSES = ["ON_TRACK", "AT_RISK", "BEHIND"] as const;

export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * UNIT_SHARE: a coordinator's view of a computed indicator counts their unit only, a share of an
 * institution-wide target, which has no status of its own.
 */
export type YearState = ProgressStatus | "NO_DATA" | "UPCOMING" | "NO_TARGET" | "UNIT_SHARE";

/** At least this share of the expected value is "at risk"; below it, "behind". */
export const AT_RISK_FROM = 0.8;

/** The share of `year` elapsed on `asOf` (that day included): 0 before the year, 1 after it. */
export function elapsedShare(year: number, asOf: string): number {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (asOf < first) return 0;
  if (asOf >= last) return 1;
  return (daysBetween(first, asOf) + 1) / (daysBetween(first, last) + 1);
}

/** The value the actual is measured against on `asOf`'s share of the year (see above). */
export function expectedValue(target: number, nature: MetricNature, elapsed: number, startLevel: number | null): number {
  if (elapsed >= 1) return target;
  if (nature === "flow") return target * elapsed;
  const start = startLevel ?? target;
  return start + (target - start) * elapsed;
}

export function statusOf(actual: number, expected: number): ProgressStatus {
  if (expected <= 0 || actual >= expected) return "ON_TRACK";
  return actual >= expected * AT_RISK_FROM ? "AT_RISK" : "BEHIND";
}

export interface YearFigures {
  year: number;
  target: number | null;
  actual: number | null;
  /** Last year's figures: where a level's straight line starts. */
  previousActual: number | null;
  previousTarget: number | null;
}

export interface YearProgress {
  year: number;
  target: number | null;
  actual: number | null;
  /** What the actual is compared with: the target, or its pro-rated part while the year runs. */
  expected: number | null;
  /** actual ÷ expected (1 = 100 %), when both are known and expected is not 0. */
  share: number | null;
  state: YearState;
  /** The year is still running on the day the figures are for. */
  running: boolean;
}

export function yearProgress(figures: YearFigures, nature: MetricNature, asOf: string): YearProgress {
  const { year, target, actual } = figures;
  const elapsed = elapsedShare(year, asOf);
  const running = elapsed > 0 && elapsed < 1;
  const base = { year, target, actual, running };
  if (elapsed === 0) return { ...base, expected: null, share: null, state: "UPCOMING" };
  if (target === null) return { ...base, expected: null, share: null, state: "NO_TARGET" };
  const expected = expectedValue(target, nature, elapsed, figures.previousActual ?? figures.previousTarget);
  if (actual === null) return { ...base, expected, share: null, state: "NO_DATA" };
  return { ...base, expected, share: expected > 0 ? actual / expected : null, state: statusOf(actual, expected) };
}

/** A unit's count beside the institution's target: its share of the target, no status. */
export function unitShareProgress(figures: Pick<YearFigures, "year" | "target" | "actual">, asOf: string): YearProgress {
  const { year, target, actual } = figures;
  const elapsed = elapsedShare(year, asOf);
  const running = elapsed > 0 && elapsed < 1;
  if (elapsed === 0) return { year, target, actual, expected: null, share: null, state: "UPCOMING", running };
  return { year, target, actual, expected: null, share: target && actual !== null ? actual / target : null, state: "UNIT_SHARE", running };
}

const SEVERITY: Record<ProgressStatus, number> = { ON_TRACK: 0, AT_RISK: 1, BEHIND: 2 };

/** A goal's status in a year: its worst indicator's (years without a status are left out), or null. */
export function worstStatus(states: readonly YearState[]): ProgressStatus | null {
  let worst: ProgressStatus | null = null;
  for (const state of states) {
    if (!(PROGRESS_STATUSES as readonly string[]).includes(state)) continue;
    const status = state as ProgressStatus;
    if (worst === null || SEVERITY[status] > SEVERITY[worst]) worst = status;
  }
  return worst;
}
