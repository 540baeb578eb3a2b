/**
 * A figure against the same date last year: the change, its direction, and the change in percent
 * when last year's figure is not zero (from nothing, a percentage means nothing). Pure.
 */
export interface Trend {
  current: number;
  previous: number;
  change: number;
  direction: "up" | "down" | "same";
  /** Rounded to a whole percent; null when last year's figure was 0. */
  percent: number | null;
}

export function trendOf(current: number, previous: number): Trend {
  const change = current - previous;
  return {
    current,
    previous,
    change,
    direction: change > 0 ? "up" : change < 0 ? "down" : "same",
    percent: previous === 0 ? null : Math.round((change / previous) * 100),
  };
}
