import { describe, expect, it } from "vitest";
import { mobilityFilterSchema, mobilityRecordSchema } from "@/lib/mobility/schemas";

/** The mobility form as the browser sends it: every value a string, unused choices blank. */
function formValues(overrides: Record<string, unknown> = {}) {
  return {
    direction: "INCOMING",
    participantType: "STUDENT",
    mobilityType: "STUDENT_STUDY",
    personName: "  Anna Schmidt ",
    personEmail: "",
    homeCountryCode: "",
    partnerId: "0b9f3c52-7f0e-4f59-9a38-5b1a7d8f2e10",
    programId: "",
    agreementId: "   ",
    unitId: "",
    level: "",
    iscedCode: "",
    academicYear: "2026",
    startDate: "2026-09-01",
    endDate: "2027-01-31",
    status: "PLANNED",
    ...overrides,
  };
}

function fieldErrors(input: Record<string, unknown>) {
  const result = mobilityRecordSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("the mobility record form", () => {
  it("stores blank optional fields as null and coerces the year", () => {
    expect(mobilityRecordSchema.parse(formValues({ personEmail: " Anna@Uni.DE " }))).toMatchObject({
      personName: "Anna Schmidt",
      personEmail: "anna@uni.de",
      homeCountryCode: null,
      programId: null,
      agreementId: null,
      unitId: null,
      level: null,
      iscedCode: null,
      academicYear: 2026,
    });
  });

  it("names each problem with a message key next to its field", () => {
    expect(
      fieldErrors(
        formValues({ personName: "A", partnerId: "", academicYear: "1980", startDate: "2026-02-30", iscedCode: "12a", homeCountryCode: "de" }),
      ),
    ).toEqual({
      personName: "common.form.errors.tooShort|min=2",
      partnerId: "common.form.errors.required",
      academicYear: "mobility.errors.yearRange",
      startDate: "common.form.errors.invalidDate",
      iscedCode: "mobility.errors.iscedInvalid",
      homeCountryCode: "common.form.errors.invalidOption",
    });
  });

  it("keeps staff and student mobilities apart", () => {
    expect(fieldErrors(formValues({ participantType: "STAFF", level: "MASTER", endDate: "2026-08-31" }))).toEqual({
      mobilityType: "mobility.errors.typeMismatch",
      level: "mobility.errors.levelForStaff",
      endDate: "common.form.errors.dateOrder",
    });
  });

  it("refuses fields it does not know", () => {
    expect(mobilityRecordSchema.safeParse(formValues({ userId: "x" })).success).toBe(false);
  });
});

describe("the mobility list's URL filters", () => {
  it("reads the first of repeated values and ignores tampered ones", () => {
    expect(mobilityFilterSchema.parse({ direction: ["INCOMING", "OUTGOING"], academicYear: "2025", page: "2", sort: "personName", dir: "asc" })).toEqual({
      direction: "INCOMING",
      academicYear: 2025,
      page: 2,
      sort: "personName",
      dir: "asc",
    });
    expect(mobilityFilterSchema.parse({ direction: "SIDEWAYS", programId: "1 OR 1=1", country: "de", page: "-1", sort: "id", dir: "up" })).toEqual({
      page: 1,
      sort: "startDate",
      dir: "desc",
    });
  });
});
