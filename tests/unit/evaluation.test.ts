import { describe, expect, it } from "vitest";
import { evaluateAgreement, percentOf } from "@/lib/agreements/evaluation";

describe("agreement evaluation", () => {
  it("sums agreed places per year and flow for the years each condition covers", () => {
    const result = evaluateAgreement({
      conditions: [
        { direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 2, fromAcademicYear: 2024, toAcademicYear: 2025 },
        { direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 1, fromAcademicYear: 2025, toAcademicYear: 2025 },
        { direction: "INCOMING", mobilityType: "STUDENT_STUDY", placesPerYear: 2, fromAcademicYear: 2024, toAcademicYear: 2025 },
      ],
      realized: [
        { academicYear: 2024, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", count: 1 },
        { academicYear: 2025, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", count: 3 },
        { academicYear: 2025, direction: "INCOMING", mobilityType: "STUDENT_STUDY", count: 1 },
      ],
      agreementYears: null,
    });
    expect(result.rows).toEqual([
      { academicYear: 2024, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", agreed: 2, realized: 1, percent: 50 },
      { academicYear: 2024, direction: "INCOMING", mobilityType: "STUDENT_STUDY", agreed: 2, realized: 0, percent: 0 },
      { academicYear: 2025, direction: "OUTGOING", mobilityType: "STUDENT_STUDY", agreed: 3, realized: 3, percent: 100 },
      { academicYear: 2025, direction: "INCOMING", mobilityType: "STUDENT_STUDY", agreed: 2, realized: 1, percent: 50 },
    ]);
    expect(result.byYear).toEqual([
      { academicYear: 2024, agreed: 4, realized: 1, percent: 25 },
      { academicYear: 2025, agreed: 5, realized: 4, percent: 80 },
    ]);
    expect(result.total).toEqual({ agreed: 9, realized: 5, percent: 56 });
  });

  it("uses the agreement's own years for conditions that name none", () => {
    const result = evaluateAgreement({
      conditions: [{ direction: "OUTGOING", mobilityType: "STAFF_TEACHING", placesPerYear: 1, fromAcademicYear: null, toAcademicYear: null }],
      realized: [],
      agreementYears: { from: 2023, to: 2025 },
    });
    expect(result.rows.map((r) => [r.academicYear, r.agreed])).toEqual([[2023, 1], [2024, 1], [2025, 1]]);
    expect(result.total).toEqual({ agreed: 3, realized: 0, percent: 0 });
  });

  it("still shows mobilities realized in a flow nobody agreed, without a percentage", () => {
    const result = evaluateAgreement({
      conditions: [],
      realized: [{ academicYear: 2025, direction: "INCOMING", mobilityType: "STAFF_TRAINING", count: 2 }],
      agreementYears: { from: 2025, to: 2025 },
    });
    expect(result.rows).toEqual([{ academicYear: 2025, direction: "INCOMING", mobilityType: "STAFF_TRAINING", agreed: 0, realized: 2, percent: null }]);
    expect(result.total.percent).toBeNull();
  });

  it("is empty when there is nothing agreed nor realized", () => {
    expect(evaluateAgreement({ conditions: [], realized: [], agreementYears: null })).toEqual({
      rows: [],
      byYear: [],
      total: { agreed: 0, realized: 0, percent: null },
    });
    expect(percentOf(1, 3)).toBe(33);
  });
});
