import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  blankToNull,
  checkbox,
  checkboxList,
  choice,
  dateTime,
  firstValues,
  isUuid,
  optionalChoice,
  optionalDay,
  optionalDecimal,
  optionalEmail,
  optionalRef,
  optionalText,
  optionalUrl,
  optionalWholeNumber,
  pageParam,
  requiredText,
  searchParam,
  splitMessage,
  versionField,
  wholeNumber,
  withValues,
} from "@/lib/forms/fields";

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
};

describe("the shared field pieces", () => {
  it("treats every blank the same: empty, spaces, null and undefined are not set", () => {
    for (const blank of ["", "   ", "\t\n", null, undefined]) {
      expect(blankToNull(blank)).toBeNull();
      expect(optionalText(10).parse(blank)).toBeNull();
      expect(optionalEmail.parse(blank)).toBeNull();
      expect(optionalUrl.parse(blank)).toBeNull();
      expect(optionalDay.parse(blank)).toBeNull();
      expect(optionalWholeNumber(1, 9).parse(blank)).toBeNull();
      expect(optionalRef().parse(blank)).toBeNull();
      expect(optionalChoice(["A", "B"]).parse(blank)).toBeNull();
    }
  });

  it("trims text and reports length limits with their values", () => {
    expect(optionalText(5).parse("  abc  ")).toBe("abc");
    expect(requiredText(5).parse(" x ")).toBe("x");
    expect(messageOf(requiredText(5), "   ")).toBe("common.form.errors.required");
    expect(messageOf(requiredText(3), "abcd")).toBe("common.form.errors.tooLong|max=3");
    expect(splitMessage("common.form.errors.tooLong|max=3")).toEqual({ key: "common.form.errors.tooLong", values: { max: "3" } });
    expect(withValues("k", { min: 2 })).toBe("k|min=2");
  });

  it("ticks a checkbox for true, on, true and 1 only", () => {
    for (const ticked of [true, "on", "true", "1"]) expect(checkbox.parse(ticked)).toBe(true);
    for (const unticked of [false, "off", "false", "0", "", undefined, null, "yes"]) expect(checkbox.parse(unticked)).toBe(false);
  });

  it("reads a checkbox group from an array, one value or nothing, refusing repeats", () => {
    const group = checkboxList(choice(["A", "B"]));
    expect(group.parse(["A", "B"])).toEqual(["A", "B"]);
    expect(group.parse("A")).toEqual(["A"]);
    expect(group.parse(undefined)).toEqual([]);
    expect(group.parse(false)).toEqual([]);
    expect(group.safeParse(["A", "A"]).success).toBe(false);
  });

  it("coerces numbers from form strings and names the bound that was crossed", () => {
    expect(wholeNumber(1, 10).parse("7")).toBe(7);
    expect(messageOf(wholeNumber(1, 10), "0")).toBe("common.form.errors.tooSmall|min=1");
    expect(messageOf(wholeNumber(1, 10), "2.5")).toBe("common.form.errors.wholeNumber");
    expect(messageOf(wholeNumber(1, 10), "")).toBe("common.form.errors.required");
    expect(optionalDecimal(0.5, 36).parse("4.5")).toBe(4.5);
    expect(optionalDecimal(0.5, 36).safeParse("4.55").success).toBe(false);
    expect(versionField.parse("3")).toBe(3);
    expect(versionField.safeParse("0").success).toBe(false);
  });

  it("accepts real calendar days only", () => {
    expect(optionalDay.parse("2026-02-28")).toBe("2026-02-28");
    expect(optionalDay.safeParse("2026-02-30").success).toBe(false);
    expect(optionalDay.safeParse("28.02.2026").success).toBe(false);
    expect(dateTime.parse(" 2026-09-01T09:00 ")).toBe("2026-09-01T09:00");
    expect(dateTime.parse("2026-09-01")).toBe("2026-09-01");
    expect(dateTime.safeParse("2026-13-01T09:00").success).toBe(false);
    expect(dateTime.safeParse("2026-02-30T09:00").success).toBe(false);
  });

  it("completes a bare web address and refuses other schemes", () => {
    expect(optionalUrl.parse("www.khazar.org")).toBe("https://www.khazar.org");
    expect(optionalUrl.safeParse("javascript:alert(1)").success).toBe(false);
    expect(optionalEmail.parse(" Office@Khazar.ORG ")).toBe("office@khazar.org");
  });

  it("checks an id's shape before any query", () => {
    expect(isUuid("0b7d1c2e-4a4e-4b4c-9a3e-2f6a1c9e8d10")).toBe(true);
    for (const bad of ["", "1", "not-a-uuid", "0b7d1c2e-4a4e-4b4c-9a3e-2f6a1c9e8d1", undefined, 42]) expect(isUuid(bad)).toBe(false);
  });

  it("reads URL filters from the first value and ignores tampered ones", () => {
    const filter = z.object({ q: searchParam(z.string().trim().max(5)), page: pageParam(), kind: searchParam(choice(["A", "B"])) });
    expect(filter.parse({ q: ["ab", "cd"], page: ["2", "9"], kind: "B" })).toEqual({ q: "ab", page: 2, kind: "B" });
    expect(filter.parse({ q: "", page: "-1", kind: "Z" })).toEqual({ q: undefined, page: 1, kind: undefined });
    expect(firstValues({ a: ["1", "2"], b: "3", c: undefined })).toEqual({ a: "1", b: "3", c: undefined });
  });
});

describe("required pieces", () => {
  it("reports a blank required text once, and a choice left on its placeholder as required", async () => {
    const { requiredChoice } = await import("@/lib/forms/fields");
    const blank = requiredText(10).safeParse("  ");
    expect(blank.success ? [] : blank.error.issues.map((issue) => issue.message)).toEqual(["common.form.errors.required"]);
    expect(messageOf(requiredText(10, 3), "ab")).toBe("common.form.errors.tooShort|min=3");
    expect(messageOf(requiredChoice(["A", "B"]), "")).toBe("common.form.errors.required");
    expect(messageOf(requiredChoice(["A", "B"]), "Z")).toBe("common.form.errors.invalidOption");
    expect(requiredChoice(["A", "B"]).parse("B")).toBe("B");
  });
});
