import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError, readTabularFile } from "@/lib/import-export/read-file";
import { applyMapping, guessMapping, mappingProblems, type ImportField } from "@/lib/import-export/table";
import { toCsv, toXlsx } from "@/lib/import-export/write-file";

const encode = (text: string) => new TextEncoder().encode(text);

const FIELDS: ImportField[] = [
  { key: "name", required: true, aliases: ["Institution", "Название"] },
  { key: "city", aliases: ["Town"] },
  { key: "code", required: true, aliases: ["Erasmus code"] },
];

describe("reading files", () => {
  it("reads CSV with commas or semicolons, a BOM and quoted cells", async () => {
    expect(await readTabularFile(encode('\uFEFFName,City\r\n"Uni, Main",Bonn\r\n'))).toEqual({ headers: ["Name", "City"], rows: [["Uni, Main", "Bonn"]] });
    const semicolons = await readTabularFile(encode("Name;City\nA;B\n"));
    expect(semicolons.rows[0]).toEqual(["A", "B"]);
  });

  it("reads Latin-1 CSV saved by old spreadsheet programs", async () => {
    const bytes = Uint8Array.from([...encode("Name\n"), 0x55, 0x6e, 0x69, 0x76, 0x65, 0x72, 0x73, 0x69, 0x74, 0xe9, 0x0a]);
    expect((await readTabularFile(bytes)).rows[0]).toEqual(["Université"]);
  });

  it("reads the first sheet of an .xlsx workbook, with dates and empty cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("First");
    sheet.addRow(["Name", "Signed", "Notes"]);
    sheet.addRow(["Uni", new Date(Date.UTC(2024, 4, 17)), null]);
    sheet.addRow([]);
    sheet.addRow(["Other", null, "x"]);
    const data = await readTabularFile(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(data.headers).toEqual(["Name", "Signed", "Notes"]);
    expect(data.rows[0]).toEqual(["Uni", "2024-05-17"]);
    expect(applyMapping(data, { name: 0, notes: 2 }).map((row) => [row.rowNumber, row.values])).toEqual([
      [2, { name: "Uni", notes: "" }],
      [4, { name: "Other", notes: "x" }],
    ]);
  });

  it.each([
    [new Uint8Array(), "importExport.file.empty"],
    [Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "importExport.file.legacyExcel"],
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "importExport.file.badExcel"],
    [encode("Name\n"), "importExport.file.noRows"],
    [encode("\n\nx\n"), "importExport.file.noHeader"],
  ])("explains a file it cannot import (%#)", async (bytes, key) => {
    await expect(readTabularFile(bytes)).rejects.toMatchObject({ messageKey: key });
  });

  it("enforces the row limit", async () => {
    const csv = `Name\n${Array.from({ length: 11 }, (_, i) => `Row ${i}`).join("\n")}`;
    await expect(readTabularFile(encode(csv), { maxRows: 10 })).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe("column mapping", () => {
  it("guesses columns by field name or alias, ignoring case, accents and punctuation", () => {
    expect(guessMapping(["INSTITUTION", "erasmus-code", "Town", "Extra"], FIELDS)).toEqual({ name: 0, city: 2, code: 1 });
    expect(guessMapping(["Название"], FIELDS)).toEqual({ name: 0, city: null, code: null });
  });

  it("reports missing required fields, unknown columns and columns used twice", () => {
    expect(mappingProblems({ name: 0, city: 0, code: 7 }, FIELDS, 2).map((p) => [p.field, p.message])).toEqual([
      ["city", "importExport.mapping.columnTwice"],
      ["code", "importExport.mapping.noSuchColumn"],
    ]);
    expect(mappingProblems({ name: 0, city: null }, FIELDS, 2).map((p) => [p.field, p.message])).toEqual([["code", "importExport.mapping.requiredField"]]);
  });
});

describe("writing files", () => {
  const columns = [
    { header: "name", value: (row: { name: string; n: number }) => row.name },
    { header: "n", value: (row: { name: string; n: number }) => row.n },
  ];

  it("writes CSV that spreadsheets open safely", () => {
    const csv = toCsv(columns, [{ name: "=cmd|' /C calc'!A0", n: 1 }, { name: 'Quote "and" comma,', n: 2 }]);
    expect(csv.startsWith("\uFEFFname,n\r\n")).toBe(true);
    expect(csv).toContain(`"'=cmd|' /C calc'!A0",1`);
    expect(csv).toContain(`"Quote ""and"" comma,",2`);
  });

  it("writes an .xlsx that reads back the same (the formula neutralizer's apostrophe is undone on import)", async () => {
    const bytes = await toXlsx(columns, [{ name: "+1", n: 3 }, { name: "Khazar", n: 4 }], "Sheet");
    const data = await readTabularFile(bytes);
    expect(data).toEqual({ headers: ["name", "n"], rows: [["+1", "3"], ["Khazar", "4"]] });
  });
});
