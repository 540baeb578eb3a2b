import { z } from "zod";
import { blankToNull, MESSAGES, withValues } from "@/lib/forms/fields";
import { Decimal } from "./money";

/**
 * The zod pieces for money typed in a form: "1 234,50", "1234.5" or 1234.5 all read as the text
 * "1234.50"; the bounds are checked with exact decimals. A negative, zero (where it means nothing)
 * or absurdly large amount is refused next to its field.
 */

/** Spaces (also no-break ones) are thousands separators; a lone comma is the decimal separator. */
function normalizeNumberText(value: unknown): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NaN";
  if (typeof value !== "string") return value;
  const compact = value.trim().replace(/[\s\u00a0\u202f]/g, "");
  return compact.includes(".") ? compact : compact.replace(",", ".");
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * A decimal number as text within bounds, reported once: not a number, too many decimals, too small
 * (negative, or zero where `minExclusive`), too large. The text is kept as typed until then, so
 * nothing is ever parsed as a float.
 */
function decimalText(options: { decimals: number; min: string; max: string; minExclusive: boolean }) {
  const { decimals, min, max, minExclusive } = options;
  return z
    .string(MESSAGES.number)
    .superRefine((text, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: "custom", message });
      if (!NUMBER_TEXT.test(text)) return fail(MESSAGES.number);
      const value = new Decimal(text);
      if (minExclusive ? value.lessThanOrEqualTo(min) : value.lessThan(min)) return fail(minExclusive ? "projects.validation.positive" : "projects.validation.notNegative");
      if ((text.split(".")[1]?.length ?? 0) > decimals) return fail(withValues("common.form.errors.decimals", { decimals }));
      if (value.greaterThan(max)) return fail(withValues("common.form.errors.tooLarge", { max: Number(max) }));
    })
    .transform((text) => new Decimal(text).toFixed(decimals));
}

/** An amount of money in cents that must be given: above zero unless `allowZero`, at most `max`. */
export function moneyAmount(max: string, { allowZero = false } = {}) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? "" : normalizeNumberText(value)),
    z.string(MESSAGES.required).min(1, MESSAGES.required).pipe(decimalText({ decimals: 2, min: "0", max, minExclusive: !allowZero })),
  );
}

/** An amount that may be left blank (a project's total budget before it is known): blank becomes null. */
export function optionalMoneyAmount(max: string) {
  return z.preprocess((value) => normalizeNumberText(blankToNull(value)), decimalText({ decimals: 2, min: "0", max, minExclusive: false }).nullable()).default(null);
}

/** An exchange rate: units of the project's currency for one unit of the expense's, above zero, up to 8 decimals. */
export function exchangeRate(max: string) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? "" : normalizeNumberText(value)),
    z.string(MESSAGES.required).min(1, MESSAGES.required).pipe(decimalText({ decimals: 8, min: "0", max, minExclusive: true })),
  );
}

/** An ISO 4217 currency code ("EUR"), upper-cased. */
export const currencyCode = z
  .string(MESSAGES.required)
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "projects.validation.currency");

/** A currency that may be left blank: blank becomes null. */
export const optionalCurrencyCode = z.preprocess(blankToNull, currencyCode.nullable()).default(null);
