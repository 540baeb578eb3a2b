import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as importRoute } from "@/app/api/import/[entity]/route";
import { commitAgreementImport, dryRunAgreementImport } from "@/lib/agreements/import";
import { AGREEMENT_IMPORT_FIELDS } from "@/lib/agreements/import-rows";
import { readSnapshot } from "@/lib/agreements/snapshot";
import { db } from "@/lib/db/client";
import { guessMapping, type TabularData } from "@/lib/import-export/table";
import { actAs } from "@/tests/helpers/act-as";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let coordinator: TestUser;

const HEADERS = ["Reference number", "Title", "Kind", "Status", "Partners", "Unit", "Responsible officer", "Scope", "Signed on", "Starts on", "Ends on", "Renewal", "Notice period (days)"];

beforeAll(async () => {
  const unit = await createUnit({ code: "SEAS" });
  officer = await createUser({ role: "OFFICER", email: "aida@test.example.edu" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unit.id });
  await createTestPartner({ name: "Ghent University" });
  await createTestPartner({ name: "Ege University", countryCode: "TR" });
  await createTestPartner({ name: "Twin College" });
  await createTestPartner({ name: "Twin College", countryCode: "FR" });
  const partner = await createTestPartner();
  await createStoredAgreement({ unitId: unit.id, partnerIds: [partner.id], referenceNumber: "KU-OLD-001" });
});

beforeEach(() => actAs(officer));

function table(rows: string[][]): TabularData {
  return { headers: HEADERS, rows };
}

const good = [
  ["KU-IMP-001", "Erasmus+ agreement with Ghent", "ERASMUS_KA171", "ACTIVE", "Ghent University", "seas", "aida@test.example.edu", "STUDENT_EXCHANGE; Staff exchange", "2024-05-01", "01.06.2024", "2029-05-31", "BY_NOTICE", "90"],
  ["KU-IMP-002", "Mevlana protocol with Ege", "Mevlana", "", "Ege University; Ghent University", "SEAS", "", "", "", "", "", "", ""],
];

describe("importing agreements", () => {
  it("guesses the mapping from the export's own headers", () => {
    const mapping = guessMapping(HEADERS, AGREEMENT_IMPORT_FIELDS);
    expect(mapping).toMatchObject({ referenceNumber: 0, title: 1, kind: 2, status: 3, partners: 4, unit: 5, responsible: 6, endsOn: 10, noticePeriodDays: 12 });
  });

  it("lists every row's problems in the dry run and writes nothing", async () => {
    const before = await countAllRows();
    const mapping = guessMapping(HEADERS, AGREEMENT_IMPORT_FIELDS);
    const analysis = await dryRunAgreementImport(officer, table([
      ...good,
      ["KU-OLD-001", "Taken reference", "MOU", "", "Ghent University", "SEAS", "", "", "", "", "", "", ""],
      ["KU-IMP-001", "Twice in the file", "Sorcery", "ACTIVE", "Nowhere University; Twin College", "XYZ", "nobody@x.org", "Alchemy", "2024-13-01", "", "2020-01-01", "BY_NOTICE", ""],
    ]), mapping);
    expect(analysis.rowCount).toBe(4);
    expect(analysis.validCount).toBe(2);
    const byRow = (row: number) => analysis.problems.filter((p) => p.rowNumber === row).map((p) => [p.field, p.message.replace("agreements.import.problems.", "")]);
    expect(byRow(4)).toEqual([["referenceNumber", "referenceTaken"]]);
    expect(byRow(5)).toEqual(
      expect.arrayContaining([
        ["kind", "invalidKind"],
        ["scope", "invalidScope"],
        ["signedOn", "invalidDate"],
        ["noticePeriodDays", "noticeRequired"],
        ["status", "activeNeedsDates"],
      ]),
    );
    expect(await countAllRows()).toEqual(before);

    const lookups = await dryRunAgreementImport(officer, table([["KU-IMP-009", "Lookups", "MOU", "", "Nowhere University; Twin College", "XYZ", "nobody@x.org", "", "", "", "", "", ""], good[0]!, good[0]!]), mapping);
    expect(lookups.problems.map((p) => [p.rowNumber, p.field, p.message.replace("agreements.import.problems.", "")])).toEqual([
      [2, "unit", "unknownUnit"],
      [2, "partners", "unknownPartner"],
      [2, "partners", "ambiguousPartner"],
      [2, "responsible", "unknownOfficer"],
      [4, "referenceNumber", "duplicateInFile"],
    ]);
  });

  it("imports all rows or none: one bad row refuses the whole file", async () => {
    const before = await countAllRows();
    const mapping = guessMapping(HEADERS, AGREEMENT_IMPORT_FIELDS);
    await expect(
      commitAgreementImport(officer, table([...good, ["KU-IMP-003", "", "MOU", "", "Ghent University", "SEAS", "", "", "", "", "", "", ""]]), mapping),
    ).rejects.toMatchObject({ code: "VALIDATION", messageKey: "agreements.import.hasErrors" });
    expect(await countAllRows()).toEqual(before);
  });

  it("commits valid rows with their partners, a first version and an audit entry each", async () => {
    const mapping = guessMapping(HEADERS, AGREEMENT_IMPORT_FIELDS);
    expect(await commitAgreementImport(officer, table(good), mapping)).toEqual({ created: 2 });
    const first = await db.agreement.findUniqueOrThrow({
      where: { referenceNumber: "KU-IMP-001" },
      include: { partners: { include: { partner: true } }, versions: true, unit: true },
    });
    expect(first).toMatchObject({ status: "ACTIVE", kind: "ERASMUS_KA171", responsibleId: officer.id, renewalType: "BY_NOTICE", noticePeriodDays: 90, scope: ["STUDENT_EXCHANGE", "STAFF_EXCHANGE"] });
    expect(first.unit.code).toBe("SEAS");
    expect(readSnapshot(first.versions[0]!.snapshot)).toMatchObject({ startsOn: "2024-06-01", endsOn: "2029-05-31" });
    const second = await db.agreement.findUniqueOrThrow({ where: { referenceNumber: "KU-IMP-002" }, include: { partners: { include: { partner: true } } } });
    expect(second.status).toBe("DRAFT");
    expect(second.partners.map((p) => p.partner.name).sort()).toEqual(["Ege University", "Ghent University"]);
    expect(await db.auditLog.count({ where: { action: "agreement.import" } })).toBe(2);
  });

  it("runs the steps through the route handler, for office staff only", async () => {
    const csv = [HEADERS.join(","), "KU-IMP-101,Route import,MOU,,Ghent University,SEAS,,,,,,,"].join("\n");
    const send = (step: string, mapping?: object) => {
      const form = new FormData();
      form.set("file", new File([csv], "agreements.csv", { type: "text/csv" }));
      form.set("step", step);
      if (mapping) form.set("mapping", JSON.stringify(mapping));
      return importRoute(new Request("http://localhost:3000/api/import/agreements", { method: "POST", body: form, headers: { origin: "http://localhost:3000" } }), { params: Promise.resolve({ entity: "agreements" }) });
    };
    const inspected = (await (await send("inspect")).json()) as { mapping: object; rowCount: number };
    expect(inspected.rowCount).toBe(1);
    expect(await (await send("dry-run", inspected.mapping)).json()).toMatchObject({ rowCount: 1, validCount: 1, problems: [] });
    actAs(coordinator);
    expect((await send("commit", inspected.mapping)).status).toBe(403);
    actAs(officer);
    expect(await (await send("commit", inspected.mapping)).json()).toMatchObject({ created: 1 });
  });
});
