import { describe, expect, it } from "vitest";
import { addExpenseSchema, budgetLineFieldsSchema } from "@/lib/projects/budget-schemas";
import { elapsedPercent, goesOver, paceOf, summarizeBudget, totalsOf, type BudgetLineFacts } from "@/lib/projects/budget";
import { centsText, convertToProjectCurrency, percentOf, roundToCents, sum } from "@/lib/projects/money";

/** Issue 12, the budget's arithmetic: exact decimals, half-up rounding to cents, totals and burn. */

describe("money", () => {
  it("adds exactly where floating point would not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum(["0.10", "0.20"]).toFixed(2)).toBe("0.30");
    expect(sum(Array.from({ length: 1000 }, () => "0.01")).toFixed(2)).toBe("10.00");
    expect(sum([]).toFixed(2)).toBe("0.00");
  });

  it("rounds half-up to cents, once, after the product", () => {
    expect(roundToCents("2.345").toFixed(2)).toBe("2.35");
    expect(roundToCents("2.344999").toFixed(2)).toBe("2.34");
    expect(roundToCents("0.005").toFixed(2)).toBe("0.01");
    // 1.005 is 1.00499999999999989... as a float: a float-based rounding gives 1.00.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundToCents("1.005").toFixed(2)).toBe("1.01");
  });

  it("converts an expense to the project's currency with the rate entered", () => {
    // 100 AZN at 0.54321 EUR per AZN = 54.321 → 54.32
    expect(convertToProjectCurrency("100.00", "0.54321").toFixed(2)).toBe("54.32");
    // 33.33 USD at 1.70 AZN = 56.661 → 56.66; 0.15 × 0.5 = 0.075 → 0.08 (half-up)
    expect(convertToProjectCurrency("33.33", "1.70").toFixed(2)).toBe("56.66");
    expect(convertToProjectCurrency("0.15", "0.5").toFixed(2)).toBe("0.08");
    // The same currency: rate 1 keeps the amount.
    expect(convertToProjectCurrency("1234.56", "1").toFixed(2)).toBe("1234.56");
    // Large amounts keep every cent.
    expect(convertToProjectCurrency("9999999.99", "1.00000001").toFixed(2)).toBe("10000000.09");
    expect(centsText("12")).toBe("12.00");
  });

  it("gives percentages with one decimal, none when nothing is planned", () => {
    expect(percentOf("1", "3")).toBe(33.3);
    expect(percentOf("2", "3")).toBe(66.7);
    expect(percentOf("5", "0")).toBeNull();
  });
});

describe("budget totals and burn", () => {
  const line = (id: string, category: BudgetLineFacts["category"], year: number, planned: string, spent: string, closed = false): BudgetLineFacts => ({
    id,
    category,
    year,
    description: "",
    planned,
    spent,
    closed,
  });
  const lines = [
    line("a", "STAFF", 2025, "10000.00", "4000.10", true),
    line("b", "TRAVEL", 2025, "2000.00", "2500.00", true),
    line("c", "STAFF", 2026, "12000.00", "1000.00"),
    line("d", "EQUIPMENT", 2026, "0.10", "0.20"),
  ];
  const summary = summarizeBudget(lines, { start: "2025-01-01", end: "2026-12-31", today: "2026-01-01" });

  it("totals every line, category and year exactly", () => {
    expect(summary.total).toEqual({ planned: "24000.10", spent: "7500.30", remaining: "16499.80", burn: 31.3, over: false });
    expect(summary.byCategory.find((row) => row.category === "STAFF")).toMatchObject({ planned: "22000.00", spent: "5000.10", remaining: "16999.90" });
    expect(summary.byYear).toEqual([
      expect.objectContaining({ year: 2025, planned: "12000.00", spent: "6500.10", closed: true }),
      expect.objectContaining({ year: 2026, planned: "12000.10", spent: "1000.20", closed: false }),
    ]);
  });

  it("flags the lines and categories that went over their plan", () => {
    expect(summary.lines.filter((row) => row.over).map((row) => row.id)).toEqual(["b", "d"]);
    expect(summary.lines.find((row) => row.id === "b")).toMatchObject({ remaining: "-500.00", burn: 125 });
    expect(summary.byCategory.find((row) => row.category === "TRAVEL")!.over).toBe(true);
    expect(goesOver({ planned: "100.00", spent: "99.99" }, "0.01")).toBe(false);
    expect(goesOver({ planned: "100.00", spent: "99.99" }, "0.02")).toBe(true);
  });

  it("compares the burn with the time elapsed", () => {
    // 2025-01-01 … 2026-12-31 is 730 days; on 2026-01-01, 366 of them have begun.
    expect(summary.elapsed).toBe(50.1);
    expect(summary.pace).toBe("behind");
    expect(elapsedPercent("2025-01-01", "2026-12-31", "2024-06-01")).toBe(0);
    expect(elapsedPercent("2025-01-01", "2026-12-31", "2027-01-01")).toBe(100);
    expect(paceOf(75, 50)).toBe("ahead");
    expect(paceOf(55, 50)).toBe("onTrack");
    expect(paceOf(null, 50)).toBeNull();
    expect(totalsOf([], [])).toEqual({ planned: "0.00", spent: "0.00", remaining: "0.00", burn: null, over: false });
  });
});

describe("money typed in a form", () => {
  const projectId = "7f6c3a10-0b7a-4c63-9a4e-5d1f2e3a4b5c";
  const budgetLineId = "1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";
  const expense = (amount: unknown, rate: unknown) =>
    addExpenseSchema.safeParse({ projectId, budgetLineId, spentOn: "2026-03-01", description: "Flights", amount, currency: "azn", rate });

  it("reads separators people type and keeps the amount as exact text", () => {
    const parsed = expense("1 234,5", "0,54321");
    expect(parsed.success && parsed.data).toMatchObject({ amount: "1234.50", rate: "0.54321000", currency: "AZN" });
    expect(budgetLineFieldsSchema.parse({ category: "STAFF", year: "2026", planned: "0" }).planned).toBe("0.00");
  });

  it.each([
    ["-5", "1", "amount", "projects.validation.positive"],
    ["0", "1", "amount", "projects.validation.positive"],
    ["12.345", "1", "amount", "common.form.errors.decimals|decimals=2"],
    ["99999999999", "1", "amount", "common.form.errors.tooLarge|max=10000000"],
    ["ten", "1", "amount", "common.form.errors.invalidNumber"],
    ["10", "0", "rate", "projects.validation.positive"],
    ["10", "-1.2", "rate", "projects.validation.positive"],
    ["10", "1000000", "rate", "common.form.errors.tooLarge|max=100000"],
    ["10", "", "rate", "common.form.errors.required"],
  ])("refuses amount %s at rate %s next to the %s field", (amount, rate, field, message) => {
    const parsed = expense(amount, rate);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });
});
