import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMobilityRecords } from "@/lib/mobility/queries";
import { mobilityFilterSchema } from "@/lib/mobility/schemas";
import { createUnit, createUser, type TestUser } from "@/tests/helpers/factories";
import { createPartner } from "@/tests/helpers/opportunity-factories";

/** Issue 10: the mobility list had no search by name. `q` finds a person by name or e-mail address. */

let officer: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  const [ownUnit, otherUnit] = await Promise.all([createUnit(), createUnit()]);
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: ownUnit.id });
  const partner = await createPartner();
  const record = (personName: string, personEmail: string | null, unitId: string) => ({
    direction: "OUTGOING" as const,
    participantType: "STUDENT" as const,
    mobilityType: "STUDENT_STUDY" as const,
    personName,
    personEmail,
    partnerId: partner.id,
    unitId,
    academicYear: 2025,
    startDate: new Date("2025-09-15"),
    endDate: new Date("2026-01-31"),
  });
  await db.mobilityRecord.createMany({
    data: [
      record("Aysel Mammadova", "aysel.m@khazar.example", ownUnit.id),
      record("Murad Mammadov", null, ownUnit.id),
      record("Leyla Aliyeva", "l.aliyeva@khazar.example", ownUnit.id),
      record("Aysel Huseynova", "aysel.h@khazar.example", otherUnit.id),
    ],
  });
});

const names = async (user: TestUser, q: string) =>
  (await listMobilityRecords(user, mobilityFilterSchema.parse({ q, sort: "personName", dir: "asc" }))).rows.map((row) => row.personName);

describe("searching the mobility list by person", () => {
  it("finds people by part of their name, in any case, every word counting", async () => {
    expect(await names(officer, "mammadov")).toEqual(["Aysel Mammadova", "Murad Mammadov"]);
    expect(await names(officer, "AYSEL")).toEqual(["Aysel Huseynova", "Aysel Mammadova"]);
    expect(await names(officer, "mammadova aysel")).toEqual(["Aysel Mammadova"]);
  });

  it("finds people by e-mail address", async () => {
    expect(await names(officer, "l.aliyeva@")).toEqual(["Leyla Aliyeva"]);
  });

  it("searches within the reader's scope only", async () => {
    expect(await names(coordinator, "aysel")).toEqual(["Aysel Mammadova"]);
  });

  it("reads the search from the URL and ignores an overlong one", () => {
    expect(mobilityFilterSchema.parse({ q: "  Aysel  " }).q).toBe("Aysel");
    expect(mobilityFilterSchema.parse({ q: "x".repeat(201) }).q).toBeUndefined();
  });
});
