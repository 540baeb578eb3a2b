import { describe, expect, it } from "vitest";
import { agreementListFilterSchema, createAgreementSchema, updateAgreementSchema } from "@/lib/agreements/schemas";

const valid = {
  referenceNumber: "KU-IRO-2026-014",
  title: "Erasmus+ agreement",
  kind: "ERASMUS_KA171",
  partnerIds: ["6f1c1f1e-1c1a-4b8e-9c4e-0d6f1a2b3c4d"],
  unitId: "0b8e4c3a-2f1d-4e5c-8a7b-6c5d4e3f2a1b",
  responsibleId: "",
  scope: "STUDENT_EXCHANGE",
  signedOn: "",
  startsOn: "2026-09-01",
  endsOn: "",
  renewalType: "NONE",
  noticePeriodDays: "",
  internalNotes: "",
  conditions: [
    {
      direction: "OUTGOING",
      mobilityType: "STAFF_TEACHING",
      level: "",
      iscedCode: "",
      placesPerYear: "1",
      monthsPerPlace: "",
      daysPerPlace: "7",
      language: "",
      languageLevel: "",
      fromAcademicYear: "",
      toAcademicYear: "",
    },
  ],
};

describe("agreement form schema", () => {
  it("turns the form's strings into typed values, blanks into null", () => {
    const parsed = createAgreementSchema.parse(valid);
    expect(parsed).toMatchObject({ responsibleId: null, signedOn: null, endsOn: null, noticePeriodDays: null, scope: ["STUDENT_EXCHANGE"] });
    expect(parsed.conditions[0]).toMatchObject({ placesPerYear: 1, daysPerPlace: 7, monthsPerPlace: null, level: null, language: null });
  });

  it("refuses what the database would not hold, with a message key per field", () => {
    const result = createAgreementSchema.safeParse({
      ...valid,
      kind: "",
      unitId: "",
      referenceNumber: "KU-IRO-".padEnd(61, "0"),
      signedOn: "2026-02-30",
      conditions: [{ ...valid.conditions[0], monthsPerPlace: "4.25", languageLevel: "D1" }],
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(issues).toEqual({
      kind: "common.form.errors.invalidOption",
      unitId: "agreements.validation.unitRequired",
      referenceNumber: "common.form.errors.tooLong|max=60",
      signedOn: "common.form.errors.invalidDate",
      "conditions.0.monthsPerPlace": "common.form.errors.decimals|decimals=1",
      "conditions.0.languageLevel": "common.form.errors.invalidOption",
    });
  });

  it("is strict: unknown fields are refused, and only the update takes an id and a version", () => {
    expect(createAgreementSchema.safeParse({ ...valid, status: "ACTIVE" }).success).toBe(false);
    expect(createAgreementSchema.safeParse({ ...valid, id: valid.unitId, version: 1 }).success).toBe(false);
    expect(updateAgreementSchema.safeParse({ ...valid, id: valid.unitId, version: "3" }).data?.version).toBe(3);
  });

  it("reads list filters from the URL, ignoring tampered values", () => {
    expect(agreementListFilterSchema.parse({ status: "ACTIVE", expiring: "90", country: "de", page: "2", sort: "endsOn", dir: "desc" })).toEqual({
      status: "ACTIVE",
      expiring: 90,
      country: "DE",
      page: 2,
      sort: "endsOn",
      dir: "desc",
    });
    expect(agreementListFilterSchema.parse({ status: ["ACTIVE", "DRAFT"], unitId: "x", expiring: "-5", page: "0" })).toEqual({ status: "ACTIVE", page: 1 });
  });
});
