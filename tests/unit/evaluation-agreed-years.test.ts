import { describe, expect, it } from "vitest";
import { evaluateAgreement, realizedOutsideAgreed } from "@/lib/agreements/evaluation";

/**
 * Issue 10: the overall use counted mobilities of years with no agreed places (Glasgow showed 12 of
 * 18 where the agreed years give 9 of 18). Places are agreed for 2023–2025; the agreement (and its
 * mobilities) run into 2026.
 */
describe("an agreement's use counts only mobilities that fill agreed places", () => {
  const glasgow = evaluateAgreement({
    conditions: [
      { direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 3, fromAcademicYear: 2023, toAcademicYear: 2025 },
      { direction: "INCOMING", mobilityType: "STUDENT_STUDY", placesPerYear: 2, fromAcademicYear: 2023, toAcademicYear: 2025 },
      { direction: "OUTGOING", mobilityType: "STAFF_TEACHING", placesPerYear: 1, fromAcademicYear: 2023, toAcademicYear: 2025 },
    ],
    realized: [
      { academicYear: 2023, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", count: 2 },
      { academicYear: 2023, direction: "INCOMING", mobilityType: "STUDENT_STUDY", count: 1 },
      { academicYear: 2024, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", count: 3 },
      { academicYear: 2024, direction: "INCOMING", mobilityType: "STUDENT_STUDY", count: 1 },
      { academicYear: 2025, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", count: 1 },
      { academicYear: 2025, direction: "INCOMING", mobilityType: "STUDENT_STUDY", count: 1 },
      // The year after the agreed ones: shown, not counted.
      { academicYear: 2026, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", count: 2 },
      { academicYear: 2026, direction: "INCOMING", mobilityType: "STUDENT_STUDY", count: 1 },
    ],
    agreementYears: { from: 2023, to: 2026 },
  });

  it("gives 9 of 18 places, not 12 of 18", () => {
    expect(glasgow.total).toEqual({ agreed: 18, realized: 9, percent: 50 });
  });

  it("still lists the later year's mobilities, without a use, and counts them apart", () => {
    expect(glasgow.rows.filter((row) => row.academicYear === 2026)).toEqual([
      { academicYear: 2026, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", agreed: 0, realized: 2, percent: null },
      { academicYear: 2026, direction: "INCOMING", mobilityType: "STUDENT_STUDY", agreed: 0, realized: 1, percent: null },
    ]);
    expect(glasgow.byYear.find((year) => year.academicYear === 2026)).toEqual({ academicYear: 2026, agreed: 0, realized: 0, percent: null });
    expect(realizedOutsideAgreed(glasgow.rows)).toBe(3);
  });

  it("leaves out a flow nobody agreed, even in an agreed year", () => {
    const result = evaluateAgreement({
      conditions: [{ direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 4, fromAcademicYear: 2025, toAcademicYear: 2025 }],
      realized: [
        { academicYear: 2025, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", count: 2 },
        { academicYear: 2025, direction: "INCOMING", mobilityType: "STAFF_TRAINING", count: 5 },
      ],
      agreementYears: null,
    });
    expect(result.byYear).toEqual([{ academicYear: 2025, agreed: 4, realized: 2, percent: 50 }]);
    expect(result.total).toEqual({ agreed: 4, realized: 2, percent: 50 });
    expect(realizedOutsideAgreed(result.rows)).toBe(5);
  });
});
