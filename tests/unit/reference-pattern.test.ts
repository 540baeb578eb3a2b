import { describe, expect, it } from "vitest";
import {
  formatReference,
  nextSequence,
  referenceMatcher,
  referencePatternProblem,
  usesUnit,
  yearIn,
} from "@/lib/institution/reference-pattern";

describe("agreement reference patterns", () => {
  it("formats the year, a three-digit number and the unit", () => {
    expect(formatReference("KU-IRO-{year}-{seq}", { year: 2026, seq: 14 })).toBe("KU-IRO-2026-014");
    expect(formatReference("{unit}/{year}/{seq}", { year: 2026, seq: 1, unit: "SEAS" })).toBe("SEAS/2026/001");
    expect(formatReference("{year}-{seq}", { year: 2026, seq: 1234 })).toBe("2026-1234");
  });

  it("finds the next number of the year, whatever the case and however many digits", () => {
    const matcher = referenceMatcher("KU-IRO-{year}-{seq}", { year: 2026 });
    const taken = ["KU-IRO-2026-001", "ku-iro-2026-012", "KU-IRO-2025-099", "KU-IRO-2026-003-R1", "KU-IRO-2026-1000X", "XKU-IRO-2026-500"];
    expect(nextSequence(taken, matcher)).toBe(13);
    expect(nextSequence([], matcher)).toBe(1);
  });

  it("numbers each unit on its own when the pattern names the unit, and reads literal dots as dots", () => {
    const seas = referenceMatcher("{unit}.{year}.{seq}", { year: 2026, unit: "SEAS" });
    const law = referenceMatcher("{unit}.{year}.{seq}", { year: 2026, unit: "LAW" });
    const taken = ["SEAS.2026.004", "LAW.2026.001", "SEASx2026x009"];
    expect(nextSequence(taken, seas)).toBe(5);
    expect(nextSequence(taken, law)).toBe(2);
    expect(nextSequence(taken, referenceMatcher("{unit}.{year}.{seq}", { year: 2026 }))).toBe(5);
    expect(usesUnit("{unit}.{year}.{seq}")).toBe(true);
    expect(usesUnit("{year}-{seq}")).toBe(false);
  });

  it("accepts a pattern that numbers uniquely and refuses the others with a reason", () => {
    expect(referencePatternProblem("KU-IRO-{year}-{seq}")).toBeNull();
    expect(referencePatternProblem("{unit}/{year}/{seq}")).toBeNull();
    expect(referencePatternProblem("KU-IRO-{year}")).toBe("admin.settings.validation.seqOnce");
    expect(referencePatternProblem("{seq}-{seq}")).toBe("admin.settings.validation.seqOnce");
    expect(referencePatternProblem("{year}-{year}-{seq}")).toBe("admin.settings.validation.placeholderTwice");
    expect(referencePatternProblem("KU-{month}-{seq}")).toBe("admin.settings.validation.unknownPlaceholder");
    expect(referencePatternProblem("KU#{seq}")).toBe("admin.settings.validation.characters");
    expect(referencePatternProblem("KU-{seq")).toBe("admin.settings.validation.characters");
    expect(referencePatternProblem("-{seq}")).toBe("admin.settings.validation.start");
  });

  it("takes the year in the institution's time zone", () => {
    const newYearsEveInUtc = new Date("2026-12-31T21:00:00Z");
    expect(yearIn("Asia/Baku", newYearsEveInUtc)).toBe(2027);
    expect(yearIn("UTC", newYearsEveInUtc)).toBe(2026);
  });
});
