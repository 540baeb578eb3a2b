import { Prisma } from "@/lib/generated/prisma/browser";

/**
 * Money is exact decimal arithmetic (decimal.js through Prisma.Decimal), never floating point: a
 * budget of 0.1 + 0.2 is 0.30. Amounts travel as strings ("1234.50") between the database, the
 * services and the pages; this module is the one place that does sums, products and rounding.
 * Pure: the browser and the unit tests load it.
 */

export const Decimal = Prisma.Decimal;
export type Decimal = InstanceType<typeof Prisma.Decimal>;

type DecimalInput = Decimal | string | number;

/** Whatever the database or a form gave, as a Decimal (a value of another Decimal build is read through its text). */
export function toDecimal(value: DecimalInput | { toString(): string }): Decimal {
  return value instanceof Decimal ? value : new Decimal(typeof value === "number" ? value : value.toString());
}

/** Rounded half-up ("commercial" rounding) to cents: 2.345 → 2.35, 2.344 → 2.34. */
export function roundToCents(value: DecimalInput): Decimal {
  return toDecimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * An expense in the project's currency: its amount times the rate entered with it (units of the
 * project's currency for one unit of the expense's), rounded half-up to cents once, at the end.
 */
export function convertToProjectCurrency(amount: DecimalInput, rate: DecimalInput): Decimal {
  return roundToCents(toDecimal(amount).times(toDecimal(rate)));
}

/** The exact sum of amounts (zero for none). */
export function sum(values: readonly DecimalInput[]): Decimal {
  return values.reduce<Decimal>((total, value) => total.plus(toDecimal(value)), new Decimal(0));
}

/** A money amount as stored and shown: two decimals, no grouping ("1234.50"). */
export function centsText(value: DecimalInput): string {
  return roundToCents(value).toFixed(2);
}

/**
 * A share as a percentage with one decimal (spent / planned × 100), or null when there is nothing
 * to divide by. Percentages are for people to read, so the result is a plain number.
 */
export function percentOf(part: DecimalInput, whole: DecimalInput): number | null {
  const base = toDecimal(whole);
  if (base.isZero()) return null;
  return toDecimal(part).dividedBy(base).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber();
}
