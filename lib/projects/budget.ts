import { daysBetween } from "@/lib/agreements/dates";
import type { BudgetCategory } from "@/lib/generated/prisma/enums";
import { centsText, percentOf, sum, toDecimal } from "./money";

/**
 * The budget's figures: planned against spent per line, per category, per year and in total, the
 * burn rate (spent ÷ planned) and how it compares with the time elapsed. Amounts are strings with
 * two decimals, computed exactly (./money.ts). Pure: unit-tested, used by the budget page.
 */

export interface BudgetLineFacts {
  id: string;
  category: BudgetCategory;
  year: number;
  description: string;
  planned: string;
  closed: boolean;
  /** The line's expenses in the project's currency, summed. */
  spent: string;
}

export interface BudgetTotals {
  planned: string;
  spent: string;
  /** Planned minus spent; negative when over. */
  remaining: string;
  /** Spent as a percentage of planned (one decimal), null when nothing is planned. */
  burn: number | null;
  /** More was spent than planned. */
  over: boolean;
}

export interface LineSummary extends BudgetLineFacts, BudgetTotals {}

/** Spending compared with time: faster or slower than the project's elapsed share by more than the tolerance. */
export type BudgetPace = "ahead" | "onTrack" | "behind";

export interface BudgetSummary {
  lines: LineSummary[];
  byCategory: ({ category: BudgetCategory } & BudgetTotals)[];
  byYear: ({ year: number; closed: boolean } & BudgetTotals)[];
  total: BudgetTotals;
  /** The share of the project's period that has passed (0–100, one decimal). */
  elapsed: number;
  /** Null while nothing is planned. */
  pace: BudgetPace | null;
}

/** Percentage points the burn may differ from the time elapsed before it counts as ahead or behind. */
export const PACE_TOLERANCE = 10;

export function totalsOf(planned: readonly string[], spent: readonly string[]): BudgetTotals {
  const plannedSum = sum(planned);
  const spentSum = sum(spent);
  return {
    planned: centsText(plannedSum),
    spent: centsText(spentSum),
    remaining: centsText(plannedSum.minus(spentSum)),
    burn: percentOf(spentSum, plannedSum),
    over: spentSum.greaterThan(plannedSum),
  };
}

/** How much of the period from `start` to `end` (ISO days, both included) has passed on `today`. */
export function elapsedPercent(start: string, end: string, today: string): number {
  if (today < start) return 0;
  if (today >= end) return 100;
  const whole = daysBetween(start, end) + 1;
  return percentOf(daysBetween(start, today) + 1, whole) ?? 100;
}

export function paceOf(burn: number | null, elapsed: number, tolerance = PACE_TOLERANCE): BudgetPace | null {
  if (burn === null) return null;
  if (burn > elapsed + tolerance) return "ahead";
  if (burn < elapsed - tolerance) return "behind";
  return "onTrack";
}

function groupBy<K>(lines: readonly BudgetLineFacts[], keyOf: (line: BudgetLineFacts) => K): Map<K, BudgetLineFacts[]> {
  const groups = new Map<K, BudgetLineFacts[]>();
  for (const line of lines) {
    const key = keyOf(line);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return groups;
}

const totalsOfLines = (lines: readonly BudgetLineFacts[]) =>
  totalsOf(
    lines.map((line) => line.planned),
    lines.map((line) => line.spent),
  );

/** The whole budget's figures for a project running from `start` to `end`, as of `today`. */
export function summarizeBudget(lines: readonly BudgetLineFacts[], period: { start: string; end: string; today: string }): BudgetSummary {
  const total = totalsOfLines(lines);
  const elapsed = elapsedPercent(period.start, period.end, period.today);
  const byCategory = [...groupBy(lines, (line) => line.category)].map(([category, group]) => ({ category, ...totalsOfLines(group) }));
  const byYear = [...groupBy(lines, (line) => line.year)]
    .sort(([a], [b]) => a - b)
    .map(([year, group]) => ({ year, closed: group.every((line) => line.closed), ...totalsOfLines(group) }));
  return {
    lines: lines.map((line) => ({ ...line, ...totalsOf([line.planned], [line.spent]) })),
    byCategory,
    byYear,
    total,
    elapsed,
    pace: paceOf(total.burn, elapsed),
  };
}

/** Whether adding `amount` to a line's spending takes it over its plan (the save still goes through, with a warning). */
export function goesOver(line: { planned: string; spent: string }, amount: string): boolean {
  return toDecimal(line.spent).plus(toDecimal(amount)).greaterThan(toDecimal(line.planned));
}
