import { beforeAll, describe, expect, it } from "vitest";
import { getAgreementEvaluation } from "@/lib/agreements/evaluation-queries";
import { db } from "@/lib/db/client";
import type { MobilityStatus } from "@/lib/generated/prisma/enums";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

let officer: TestUser;
let otherCoordinator: TestUser;
let agreementId: string;

async function mobility(partnerId: string, academicYear: number, status: MobilityStatus, direction: "OUTGOING" | "INCOMING" = "OUTGOING") {
  await db.mobilityRecord.create({
    data: {
      direction,
      participantType: "STUDENT",
      mobilityType: "STUDENT_STUDY",
      personName: "Test Person",
      partnerId,
      agreementId,
      academicYear,
      startDate: new Date(Date.UTC(academicYear, 8, 15)),
      endDate: new Date(Date.UTC(academicYear + 1, 0, 31)),
      status,
    },
  });
}

beforeAll(async () => {
  const unitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER" });
  otherCoordinator = await createUser({ role: "COORDINATOR" });
  const partner = await createTestPartner();
  agreementId = (
    await createStoredAgreement({
      unitId,
      partnerIds: [partner.id],
      status: "ACTIVE",
      signedOn: "2024-08-01",
      startsOn: "2024-09-01",
      endsOn: "2026-08-31",
      conditions: [
        { direction: "OUTGOING", mobilityType: "STUDENT_STUDY", placesPerYear: 2, fromAcademicYear: 2024, toAcademicYear: 2025 },
        { direction: "INCOMING", mobilityType: "STUDENT_STUDY", placesPerYear: 1 },
      ],
    })
  ).id;
  await mobility(partner.id, 2024, "COMPLETED");
  await mobility(partner.id, 2024, "CANCELLED");
  await mobility(partner.id, 2025, "ONGOING");
  await mobility(partner.id, 2025, "PLANNED");
  await mobility(partner.id, 2025, "COMPLETED", "INCOMING");
});

describe("agreement evaluation from the database", () => {
  it("compares agreed places with realized mobilities per year, leaving cancelled ones out", async () => {
    const evaluation = await getAgreementEvaluation(officer, agreementId);
    expect(evaluation?.rows.map((r) => [r.academicYear, r.direction, r.agreed, r.realized, r.percent])).toEqual([
      [2024, "OUTGOING", 2, 1, 50],
      [2024, "INCOMING", 1, 0, 0],
      [2025, "OUTGOING", 2, 2, 100],
      [2025, "INCOMING", 1, 1, 100],
    ]);
    expect(evaluation?.total).toEqual({ agreed: 6, realized: 4, percent: 67 });
  });

  it("is not shown outside the reader's scope", async () => {
    expect(await getAgreementEvaluation(otherCoordinator, agreementId)).toBeNull();
  });
});
