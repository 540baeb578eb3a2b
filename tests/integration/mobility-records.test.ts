import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportMobility } from "@/app/(dashboard)/dashboard/mobility/export/route";
import { db } from "@/lib/db/client";
import { createMobilityRecordAction } from "@/lib/mobility/actions";
import { listMobilityRecords } from "@/lib/mobility/queries";
import { mobilityFilterSchema, type MobilityRecordFormValues } from "@/lib/mobility/schemas";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser } from "@/tests/helpers/factories";
import { createPartner, createProgram } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

beforeEach(() => actAsVisitor());

function input(overrides: Record<string, unknown>): MobilityRecordFormValues {
  return {
    direction: "INCOMING",
    participantType: "STUDENT",
    mobilityType: "STUDENT_STUDY",
    personName: "Anna Schmidt",
    personEmail: "Anna.Schmidt@uni-example.de",
    homeCountryCode: "DE",
    partnerId: "",
    programId: "",
    agreementId: "",
    unitId: "",
    level: "MASTER",
    iscedCode: "",
    academicYear: "2026",
    startDate: "2026-09-01",
    endDate: "2027-01-31",
    status: "PLANNED",
    ...overrides,
  } as MobilityRecordFormValues;
}

function exportRequest(query: string) {
  return exportMobility(new Request(`http://localhost:3000/dashboard/mobility/export?${query}`), undefined);
}

describe("recording mobilities directly", () => {
  it("lets the office record an incoming student, with an audit row", async () => {
    const partner = await createPartner();
    const officer = await createUser({ role: "OFFICER" });
    actAs(officer);
    const result = await createMobilityRecordAction(input({ partnerId: partner.id }));
    expect(result.ok).toBe(true);
    const record = await db.mobilityRecord.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(record).toMatchObject({ direction: "INCOMING", personEmail: "anna.schmidt@uni-example.de", homeCountryCode: "DE", status: "PLANNED" });
    expect(record.startDate.toISOString().slice(0, 10)).toBe("2026-09-01");
    expect(await db.auditLog.count({ where: { entityId: record.id, action: "mobility.create", actorId: officer.id } })).toBe(1);
  });

  it("shows each problem next to its field and stores nothing", async () => {
    const partner = await createPartner();
    actAs(await createUser({ role: "OFFICER" }));
    const before = await countAllRows();
    const result = await createMobilityRecordAction(
      input({ partnerId: partner.id, participantType: "STAFF", endDate: "2026-08-01", iscedCode: "9999", homeCountryCode: "ZZ" }),
    );
    expect(result.ok === false && result.fieldErrors).toMatchObject({
      endDate: ["common.form.errors.dateOrder"],
      mobilityType: ["mobility.errors.typeMismatch"],
      level: ["mobility.errors.levelForStaff"],
    });
    const unknownRefs = await createMobilityRecordAction(input({ partnerId: partner.id, iscedCode: "0199", homeCountryCode: "ZZ" }));
    expect(unknownRefs.ok === false && unknownRefs.fieldErrors).toEqual({
      iscedCode: ["mobility.errors.iscedInvalid"],
      homeCountryCode: ["common.form.errors.invalidOption"],
    });
    expect(await countAllRows()).toEqual(before);
  });

  it("is refused to coordinators and students", async () => {
    const partner = await createPartner();
    actAs(await createUser({ role: "COORDINATOR" }));
    expect(await createMobilityRecordAction(input({ partnerId: partner.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser());
    expect(await createMobilityRecordAction(input({ partnerId: partner.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("the mobility list and its export", () => {
  beforeEach(async () => {
    await db.mobilityRecord.deleteMany();
  });

  async function seedRecords() {
    const unit = await createUnit();
    const program = await createProgram();
    const german = await createPartner({ countryCode: "DE" });
    const french = await createPartner({ countryCode: "FR" });
    const base = { participantType: "STUDENT" as const, mobilityType: "STUDENT_STUDY" as const, startDate: new Date("2026-09-01"), endDate: new Date("2027-01-31") };
    await db.mobilityRecord.createMany({
      data: [
        { ...base, direction: "OUTGOING", personName: "=HYPERLINK(\"x\")", partnerId: german.id, programId: program.id, unitId: unit.id, academicYear: 2026 },
        { ...base, direction: "INCOMING", personName: "Incoming Student", partnerId: french.id, academicYear: 2026 },
        { ...base, direction: "OUTGOING", personName: "Last Year", partnerId: french.id, unitId: unit.id, academicYear: 2025, status: "COMPLETED" },
        { participantType: "STAFF", mobilityType: "STAFF_TEACHING", direction: "OUTGOING", personName: "Staff Member", partnerId: german.id, academicYear: 2026, startDate: new Date("2026-10-01"), endDate: new Date("2026-10-07") },
      ],
    });
    return { unit, program };
  }

  it("filters by direction, participant, status, partner country, program, year and unit", async () => {
    const { unit, program } = await seedRecords();
    const officer = await createUser({ role: "OFFICER" });
    const names = async (query: Record<string, string>) =>
      (await listMobilityRecords(officer, mobilityFilterSchema.parse({ sort: "personName", dir: "asc", ...query }))).rows.map((r) => r.personName);
    expect(await names({ direction: "INCOMING" })).toEqual(["Incoming Student"]);
    expect(await names({ participantType: "STAFF" })).toEqual(["Staff Member"]);
    expect(await names({ status: "COMPLETED" })).toEqual(["Last Year"]);
    expect(await names({ country: "DE", participantType: "STUDENT" })).toEqual(["=HYPERLINK(\"x\")"]);
    expect(await names({ programId: program.id })).toEqual(["=HYPERLINK(\"x\")"]);
    expect(await names({ academicYear: "2025" })).toEqual(["Last Year"]);
    expect(await names({ unitId: unit.id })).toEqual(["=HYPERLINK(\"x\")", "Last Year"]);
    // Tampered filters fall back to "no filter" instead of failing.
    expect((await names({ direction: "SIDEWAYS", academicYear: "x" })).length).toBe(4);
  });

  it("shows coordinators only their unit's records", async () => {
    const { unit } = await seedRecords();
    const coordinator = await createUser({ role: "COORDINATOR", unitId: unit.id });
    const list = await listMobilityRecords(coordinator, mobilityFilterSchema.parse({}));
    expect(list.rows.map((r) => r.personName).sort()).toEqual(["=HYPERLINK(\"x\")", "Last Year"].sort());
  });

  it("exports the filtered list as CSV and Excel, with formulas neutralised", async () => {
    await seedRecords();
    actAs(await createUser({ role: "OFFICER" }));
    const csvResponse = await exportRequest("format=csv&direction=OUTGOING&participantType=STUDENT&sort=personName&dir=asc");
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("content-type")).toContain("text/csv");
    const csv = Papa.parse<string[]>((await csvResponse.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(csv[0]?.[0]).toBe("Name");
    expect(csv.slice(1).map((row) => row[0])).toEqual(["'=HYPERLINK(\"x\")", "Last Year"]);

    const xlsxResponse = await exportRequest("format=xlsx&academicYear=2025");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsxResponse.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(1).getCell(1).value).toBe("Name");
    expect(sheet.getRow(2).getCell(1).value).toBe("Last Year");
  });

  it("refuses the export to visitors and students", async () => {
    expect((await exportRequest("format=csv")).status).toBe(401);
    actAs(await createUser());
    expect((await exportRequest("format=csv")).status).toBe(403);
  });
});
