import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportPartners } from "@/app/api/partners/export/route";
import { POST as importRoute } from "@/app/api/import/[entity]/route";
import { db } from "@/lib/db/client";
import { commitPartnerImport, dryRunPartnerImport } from "@/lib/partners/import";
import { PARTNER_IMPORT_FIELDS } from "@/lib/partners/import-rows";
import { guessMapping, type TabularData } from "@/lib/import-export/table";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, type TestUser } from "@/tests/helpers/factories";
import { createPartner } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  student = await createUser({ role: "STUDENT" });
  await createPartner({ name: "Existing Technical University", countryCode: "CZ", pic: "111222333" });
});

beforeEach(() => actAsVisitor());

function table(headers: string[], rows: string[][]): TabularData {
  return { headers, rows };
}

const HEADERS = ["Partner name", "Type", "Country", "City", "PIC", "Erasmus code", "Areas of cooperation", "Public"];

async function post(file: Blob, fileName: string, step: string, mapping?: Record<string, number | null>) {
  const form = new FormData();
  form.set("file", file, fileName);
  form.set("step", step);
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  const response = await importRoute(new Request("http://localhost:3000/api/import/partners", { method: "POST", body: form }), { params: Promise.resolve({ entity: "partners" }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("partner import: dry run", () => {
  it("lists every row's problems and writes nothing", async () => {
    const data = table(HEADERS, [
      ["Good University", "University", "Germany", "Bonn", "", "D  BONN01", "student exchange; Joint research", "yes"],
      ["Bad Pic Institute", "research institute", "DE", "", "12345", "", "", ""],
      ["Nowhere College", "University", "Atlantis", "", "", "", "", ""],
      ["", "Company", "FR", "", "", "", "", ""],
      ["Second Good University", "university", "FRA", "Paris", "", "d bonn01", "", "no"],
      ["Existing Technical University", "University", "CZ", "", "111222333", "", "", ""],
      ["Existing Technical Univ", "University", "CZ", "", "", "", "", "maybe"],
      ["Existing Technical Universty", "University", "CZ", "", "", "", "", ""],
      ["Unknown Kind Org", "Alien", "DE", "", "", "", "gardening", ""],
    ]);
    const mapping = guessMapping(data.headers, PARTNER_IMPORT_FIELDS);
    expect(mapping).toMatchObject({ name: 0, kind: 1, countryCode: 2, city: 3, pic: 4, erasmusCode: 5, areas: 6, isPublic: 7, website: null });

    actAs(officer);
    const before = await countAllRows();
    const result = await dryRunPartnerImport(officer, data, mapping);
    expect(await countAllRows()).toEqual(before);
    expect(result.rowCount).toBe(9);
    const byRow = (row: number) => result.problems.filter((problem) => problem.rowNumber === row).map((p) => [p.field, p.message, p.severity]);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([["pic", "partners.validation.pic", "error"]]);
    expect(byRow(4)).toEqual([["countryCode", "partners.validation.country", "error"]]);
    expect(byRow(5)).toEqual([["name", "common.form.errors.required", "error"]]);
    expect(byRow(6)).toEqual([["erasmusCode", "partners.import.problems.duplicateInFile", "error"]]);
    expect(result.problems.find((p) => p.rowNumber === 6)?.values).toEqual({ row: 2 });
    expect(byRow(7)).toEqual([
      ["pic", "partners.validation.picTaken", "error"],
      ["name", "partners.import.problems.exists", "error"],
    ]);
    expect(byRow(8)).toEqual([["isPublic", "partners.import.problems.yesNo", "error"]]);
    expect(byRow(9)).toEqual([["name", "partners.import.problems.similar", "warning"]]);
    expect(byRow(10).map(([field]) => field).sort()).toEqual(["areas", "kind"]);
    expect(result.validCount).toBe(2);
    // Row 2 says "yes", row 9 leaves "public" blank: it stays internal (issue 10).
    expect(result.publicCount).toBe(1);
  });

  it("keeps every row internal when the file has no public column, and says so", async () => {
    const data = table(["Name", "Type", "Country"], [["Quiet University", "University", "FI"], ["Silent Institute", "Research institute", "FI"]]);
    const result = await dryRunPartnerImport(officer, data, guessMapping(data.headers, PARTNER_IMPORT_FIELDS));
    expect(result).toMatchObject({ rowCount: 2, validCount: 2, publicCount: 0, problems: [] });
    await commitPartnerImport(officer, data, guessMapping(data.headers, PARTNER_IMPORT_FIELDS));
    expect(await db.partner.findMany({ where: { countryCode: "FI" }, select: { isPublic: true } })).toEqual([{ isPublic: false }, { isPublic: false }]);
  });

  it("reports a mapping without a required field instead of checking rows", async () => {
    const data = table(["Name", "City"], [["Somewhere University", "Oslo"]]);
    const result = await dryRunPartnerImport(officer, data, { name: 0, city: 1 });
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rowNumber: 0, field: "kind", message: "importExport.mapping.requiredField" }),
        expect.objectContaining({ rowNumber: 0, field: "countryCode", message: "importExport.mapping.requiredField" }),
      ]),
    );
  });
});

describe("partner import: commit", () => {
  it("imports every row in one transaction, each with an audit entry", async () => {
    const data = table(HEADERS, [
      ["Commit University One", "University", "Norway", "Bergen", "", "N  BERGEN01", "student-exchange", ""],
      ["Commit University Two", "University", "NO", "Oslo", "444555666", "", "", "no"],
    ]);
    const result = await commitPartnerImport(officer, data, guessMapping(data.headers, PARTNER_IMPORT_FIELDS));
    expect(result).toEqual({ created: 2 });
    const rows = await db.partner.findMany({ where: { name: { startsWith: "Commit University" } }, orderBy: { name: "asc" } });
    expect(rows).toMatchObject([
      { name: "Commit University One", countryCode: "NO", erasmusCode: "N  BERGEN01", areas: ["student-exchange"], isPublic: false, status: "PROSPECT" },
      { name: "Commit University Two", pic: "444555666", isPublic: false },
    ]);
    expect(await db.auditLog.count({ where: { action: "partner.import", entityId: { in: rows.map((r) => r.id) } } })).toBe(2);
  });

  it("refuses the whole file when any row has an error", async () => {
    const data = table(HEADERS, [
      ["Refused University One", "University", "PL", "", "", "", "", ""],
      ["Refused University Two", "University", "PL", "", "bad", "", "", ""],
    ]);
    const before = await countAllRows();
    await expect(commitPartnerImport(officer, data, guessMapping(data.headers, PARTNER_IMPORT_FIELDS))).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "partners.import.hasErrors",
    });
    expect(await countAllRows()).toEqual(before);
  });

  it("rolls back the rows already written when a later row fails in the database", async () => {
    // A trigger in this test's own database makes the third row fail after two were inserted.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_exploding_partner() RETURNS trigger AS $$
      BEGIN
        IF NEW."name" = 'Exploding University' THEN RAISE EXCEPTION 'refused by test trigger'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_exploding BEFORE INSERT ON "Partner" FOR EACH ROW EXECUTE FUNCTION refuse_exploding_partner()`);
    try {
      const data = table(HEADERS, [
        ["Rollback University One", "University", "PT", "", "", "", "", ""],
        ["Rollback University Two", "University", "PT", "", "", "", "", ""],
        ["Exploding University", "University", "PT", "", "", "", "", ""],
      ]);
      const before = await countAllRows();
      await expect(commitPartnerImport(officer, data, guessMapping(data.headers, PARTNER_IMPORT_FIELDS))).rejects.toThrow();
      expect(await countAllRows()).toEqual(before);
      expect(await db.partner.count({ where: { name: { startsWith: "Rollback University" } } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_exploding ON "Partner"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_exploding_partner()`);
    }
  });
});

describe("partner import over HTTP (CSV and Excel)", () => {
  it("reads a semicolon CSV, guesses the mapping, dry-runs and commits", async () => {
    actAs(officer);
    const csv = "\uFEFFName;Type;Country;City\r\nCsv University;University;Spain;Madrid\r\n\r\nCsv Institute;Research institute;ES;Seville\r\n";
    const file = new Blob([csv], { type: "text/csv" });
    const inspected = await post(file, "partners.csv", "inspect");
    expect(inspected.status).toBe(200);
    expect(inspected.body).toMatchObject({ headers: ["Name", "Type", "Country", "City"], mapping: { name: 0, kind: 1, countryCode: 2, city: 3 } });
    const mapping = inspected.body.mapping as Record<string, number | null>;
    const dry = await post(file, "partners.csv", "dry-run", mapping);
    expect(dry.body).toMatchObject({ rowCount: 2, validCount: 2, problems: [] });
    const committed = await post(file, "partners.csv", "commit", mapping);
    expect(committed).toMatchObject({ status: 200, body: { created: 2 } });
    expect(await db.partner.findFirstOrThrow({ where: { name: "Csv Institute" } })).toMatchObject({ kind: "RESEARCH_INSTITUTE", city: "Seville" });
  });

  it("reads an Excel workbook", async () => {
    actAs(officer);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Partners");
    sheet.addRow(["Institution", "Partner type", "Country code", "Website"]);
    sheet.addRow(["Excel University", "University", "IE", "www.excel.example.ie"]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const file = new Blob([bytes]);
    const inspected = await post(file, "partners.xlsx", "inspect");
    expect(inspected.body).toMatchObject({ headers: ["Institution", "Partner type", "Country code", "Website"], sample: [["Excel University", "University", "IE", "www.excel.example.ie"]] });
    const committed = await post(file, "partners.xlsx", "commit", inspected.body.mapping as Record<string, number | null>);
    expect(committed.body).toMatchObject({ created: 1 });
    expect(await db.partner.findFirstOrThrow({ where: { name: "Excel University" } })).toMatchObject({ website: "https://www.excel.example.ie" });
  });

  it("explains unreadable files", async () => {
    actAs(officer);
    const legacy = await post(new Blob([Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])]), "old.xls", "inspect");
    expect(legacy).toMatchObject({ status: 422, body: { message: "importExport.file.legacyExcel" } });
    const headerOnly = await post(new Blob(["Name,Type,Country\n"]), "empty.csv", "inspect");
    expect(headerOnly).toMatchObject({ status: 422, body: { message: "importExport.file.noRows" } });
  });

  it("refuses coordinators, students and visitors", async () => {
    const file = new Blob(["Name,Type,Country\nX,University,DE\n"]);
    for (const [user, status] of [[coordinator, 403], [student, 403], [null, 401]] as const) {
      actAs(user);
      expect((await post(file, "x.csv", "commit", { name: 0, kind: 1, countryCode: 2 })).status).toBe(status);
    }
    expect(await db.partner.count({ where: { name: "X" } })).toBe(0);
  });
});

describe("partner export", () => {
  beforeAll(async () => {
    await createPartner({ name: "Export Alpha", countryCode: "GR", kind: "UNIVERSITY", erasmusCode: "G  ATHINE01", areas: ["library", "joint-research"], internalNotes: "=HYPERLINK(\"http://evil\")" });
    await createPartner({ name: "Export Beta", countryCode: "GR", kind: "COMPANY", status: "PROSPECT" });
    await createPartner({ name: "Export Gamma", countryCode: "CY", kind: "UNIVERSITY" });
  });

  const exportUrl = (query: string) => new Request(`http://localhost:3000/api/partners/export?${query}`);

  it("exports the filtered list (every page) to CSV, safe to open in a spreadsheet", async () => {
    actAs(coordinator);
    const response = await exportPartners(exportUrl("format=csv&country=GR"), undefined as never);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="partners-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    // The import's columns, each code column followed by its label for people (issue 10).
    expect(lines[0]).toBe(
      "name,kind,Type (label),country,Country (label),city,website,erasmusCode,schacCode,pic,status,Status (label),public,areas,Areas of cooperation (label),description,description (az),description (ru),internalNotes,archivedAt,updatedAt",
    );
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(["Export Alpha", "Export Beta"]);
    expect(lines[1]).toContain("G  ATHINE01");
    expect(lines[1]).toContain("library; joint-research,Library and resource sharing; Joint research");
    expect(lines[1]).toContain("UNIVERSITY,University,GR,Greece,");
    // A cell that would start a formula is prefixed with a quote.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it("exports to Excel with the same rows", async () => {
    actAs(officer);
    const response = await exportPartners(exportUrl("format=xlsx&country=GR&kind=UNIVERSITY"), undefined as never);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe("Export Alpha");
    // Neutralized as in the CSV: the cell stays text even when someone edits it in Excel.
    const column = (header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);
    expect(sheet.getRow(2).getCell(column("internalNotes")).value).toBe("'=HYPERLINK(\"http://evil\")");
    expect(sheet.getRow(2).getCell(column("internalNotes")).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(column("Status (label)")).value).toBe("Active");
  });

  it("refuses students and visitors", async () => {
    actAs(student);
    expect((await exportPartners(exportUrl("format=csv"), undefined as never)).status).toBe(403);
    actAsVisitor();
    expect((await exportPartners(exportUrl("format=csv"), undefined as never)).status).toBe(401);
  });
});

describe("partner descriptions in three languages, exported and imported", () => {
  const exportUrl = (query: string) => new Request(`http://localhost:3000/api/partners/export?${query}`);
  const TEXTS = {
    en: "Joint summer school in Thessaloniki.",
    az: "Salonikidə birgə yay məktəbi.",
    ru: "Совместная летняя школа в Салониках.",
  };

  it("exports one description column per language and imports the file back with every language", async () => {
    await createPartner({ name: "Trilingual Aristotle University", countryCode: "GR", city: "Thessaloniki", description: TEXTS.en, translations: { az: { description: TEXTS.az }, ru: { description: TEXTS.ru } } });
    await createPartner({ name: "Trilingual Untranslated College", countryCode: "GR", description: "Only in English." });
    actAs(officer);
    const response = await exportPartners(exportUrl("format=csv&q=Trilingual"), undefined as never);
    const csv = (await response.text()).replace(/^\uFEFF/, "");
    const [header, ...rows] = csv.trim().split("\r\n");
    const columns = header!.split(",");
    const cells = (line: string) => line.split(",");
    const at = (line: string, column: string) => cells(line)[columns.indexOf(column)];
    expect(at(rows[0]!, "description")).toBe(TEXTS.en);
    expect(at(rows[0]!, "description (az)")).toBe(TEXTS.az);
    expect(at(rows[0]!, "description (ru)")).toBe(TEXTS.ru);
    expect(at(rows[1]!, "description (az)")).toBe("");

    // The same file under new names (the originals exist): the import maps the language columns by their headers.
    const file = new Blob([csv.replaceAll("Trilingual", "Reimported")], { type: "text/csv" });
    const inspected = await post(file, "partners.csv", "inspect");
    expect(inspected.body.mapping).toMatchObject({
      description: columns.indexOf("description"),
      "description.az": columns.indexOf("description (az)"),
      "description.ru": columns.indexOf("description (ru)"),
      "description.en": null,
    });
    const committed = await post(file, "partners.csv", "commit", inspected.body.mapping as Record<string, number | null>);
    expect(committed).toMatchObject({ status: 200, body: { created: 2 } });
    expect(await db.partner.findFirstOrThrow({ where: { name: "Reimported Aristotle University" } })).toMatchObject({
      description: TEXTS.en,
      translations: { az: { description: TEXTS.az }, ru: { description: TEXTS.ru } },
    });
    expect(await db.partner.findFirstOrThrow({ where: { name: "Reimported Untranslated College" } })).toMatchObject({ translations: {} });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "partner.import", after: { path: ["name"], equals: "Reimported Aristotle University" } } });
    expect(audit.after).toMatchObject({ translations: { az: { description: TEXTS.az } } });
  });

  it("imports a file without language columns as before, and checks a translation's length next to its column", async () => {
    actAs(officer);
    const plain = table(["Name", "Type", "Country", "Description"], [["Monolingual Institute", "University", "GR", "Plain text."]]);
    await commitPartnerImport(officer, plain, guessMapping(plain.headers, PARTNER_IMPORT_FIELDS));
    expect(await db.partner.findFirstOrThrow({ where: { name: "Monolingual Institute" } })).toMatchObject({ description: "Plain text.", translations: {} });

    const tooLong = table(["Name", "Type", "Country", "description (ru)"], [["Verbose Institute", "University", "GR", "д".repeat(5001)]]);
    const result = await dryRunPartnerImport(officer, tooLong, guessMapping(tooLong.headers, PARTNER_IMPORT_FIELDS));
    expect(result).toMatchObject({
      validCount: 0,
      problems: [{ rowNumber: 2, field: "description.ru", message: "common.form.errors.tooLong", values: { max: "5000" }, severity: "error" }],
    });
  });

  it("keeps a text given under the default language's own column in the plain description", async () => {
    actAs(officer);
    const data = table(["Name", "Type", "Country", "description (en)", "description (az)"], [["Own Column University", "University", "GR", "English text.", "Azərbaycan mətni."]]);
    await commitPartnerImport(officer, data, guessMapping(data.headers, PARTNER_IMPORT_FIELDS));
    expect(await db.partner.findFirstOrThrow({ where: { name: "Own Column University" } })).toMatchObject({
      description: "English text.",
      translations: { az: { description: "Azərbaycan mətni." } },
    });
  });
});
