import { beforeAll, describe, expect, it } from "vitest";
import { getAgreementEvaluation } from "@/lib/agreements/evaluation-queries";
import { db } from "@/lib/db/client";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

/**
 * Issue 10: an agreement's overall use counted mobilities of years with no agreed places (Glasgow
 * showed 12 of 18 where the agreed years give 9 of 18). Against the database, as the detail page reads it.
 */

let officer: TestUser;
let agreementId: string;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
  const unit = await createUnit();
  const partner = await createTestPartner({ name: "University of Glasgow", countryCode: "GB" });
  const flow = (direction: "OUTGOING" | "INCOMING", mobilityType: "STUDENT_STUDY" | "STAFF_TEACHING", placesPerYear: number) => ({
    direction,
    mobilityType,
    placesPerYear,
    fromAcademicYear: 2023,
    toAcademicYear: 2025,
  });
  ({ id: agreementId } = await createStoredAgreement({
    unitId: unit.id,
    partnerIds: [partner.id],
    status: "ACTIVE",
    startsOn: "2023-09-01",
    endsOn: "2027-08-31",
    conditions: [flow("OUTGOING", "STUDENT_STUDY", 3), flow("INCOMING", "STUDENT_STUDY", 2), flow("OUTGOING", "STAFF_TEACHING", 1)],
  }));
  const mobilities = [
    [2023, "OUTGOING", 2],
    [2023, "INCOMING", 1],
    [2024, "OUTGOING", 3],
    [2024, "INCOMING", 1],
    [2025, "OUTGOING", 1],
    [2025, "INCOMING", 1],
    [2026, "OUTGOING", 2],
    [2026, "INCOMING", 1],
  ] as const;
  await db.mobilityRecord.createMany({
    data: mobilities.flatMap(([year, direction, count]) =>
      Array.from({ length: count }, (_, n) => ({
        direction,
        participantType: "STUDENT" as const,
        mobilityType: "STUDENT_STUDY" as const,
        personName: `Student ${year}-${direction}-${n}`,
        partnerId: partner.id,
        agreementId,
        academicYear: year,
        startDate: new Date(`${year}-09-15`),
        endDate: new Date(`${year + 1}-01-31`),
        status: "COMPLETED" as const,
      })),
    ),
  });
});

describe("an agreement's evaluation", () => {
  it("measures the use on the agreed years only: 9 of 18", async () => {
    const evaluation = await getAgreementEvaluation(officer, agreementId);
    expect(evaluation?.total).toEqual({ agreed: 18, realized: 9, percent: 50 });
  });

  it("still lists the mobilities of the year without agreed places", async () => {
    const evaluation = await getAgreementEvaluation(officer, agreementId);
    const later = evaluation?.rows.filter((row) => row.academicYear === 2026).map((row) => [row.direction, row.agreed, row.realized]);
    expect(later).toEqual([
      ["OUTGOING", 0, 2],
      ["INCOMING", 0, 1],
    ]);
  });
});
