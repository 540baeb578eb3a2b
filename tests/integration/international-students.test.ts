import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as importRoute } from "@/app/api/import/[entity]/route";
import { GET as exportRoute } from "@/app/(dashboard)/dashboard/international-students/export/route";
import { InternationalStudentsFigure } from "@/components/home/international-students-figure";
import { db } from "@/lib/db/client";
import { guessMapping, type TabularData } from "@/lib/import-export/table";
import { createInternationalStudentAction, updateInternationalStudentAction } from "@/lib/international-students/actions";
import { commitStudentImport, dryRunStudentImport } from "@/lib/international-students/import";
import { STUDENT_IMPORT_FIELDS } from "@/lib/international-students/import-rows";
import { clearInternationalStudentFigures, getPublicInternationalStudentFigure } from "@/lib/international-students/public-figure";
import { getInternationalStudent, getStudentStatistics, listInternationalStudents } from "@/lib/international-students/queries";
import { internationalStudentFilterSchema, type InternationalStudentFormValues } from "@/lib/international-students/schemas";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));
// Outside a Next request there is no request locale: the public figure is rendered with the catalogue of the locale it is given.
vi.mock("@/i18n/server", async () => {
  const [{ createTranslator }, { loadMessages }] = await Promise.all([import("next-intl"), import("@/i18n/load-messages")]);
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "az" | "ru"; namespace: string }) =>
      createTranslator({ locale, messages: await loadMessages(locale, ["internationalStudents"]), namespace: namespace as never }),
  };
});

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;
let unitA: { id: string; code: string };
let unitB: { id: string; code: string };

const filter = (input: Record<string, string> = {}) => internationalStudentFilterSchema.parse(input);

const values = (overrides: Partial<InternationalStudentFormValues> = {}): InternationalStudentFormValues => ({
  studentNumber: "KU-2024-0001",
  fullName: "Zeynep Çelik",
  countryCode: "TR",
  programName: "Computer Science",
  level: "BACHELOR",
  unitId: unitA.id,
  intakeYear: "2024",
  status: "ENROLLED",
  ...overrides,
});

beforeAll(async () => {
  unitA = await createUnit({ code: "ISTA" });
  unitB = await createUnit({ code: "ISTB" });
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unitA.id });
  student = await createUser({ role: "STUDENT", unitId: unitA.id });
});

beforeEach(() => actAsVisitor());

async function create(overrides: Partial<InternationalStudentFormValues> = {}): Promise<string> {
  actAs(officer);
  const result = await createInternationalStudentAction(values(overrides));
  if (!result.ok) throw new Error(`could not create: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe("international students: the record", () => {
  it("is created by the office, audited, and refuses a number another student has", async () => {
    const id = await create();
    expect(await db.internationalStudent.findUniqueOrThrow({ where: { id } })).toMatchObject({ studentNumber: "KU-2024-0001", countryCode: "TR", intakeYear: 2024, version: 1 });
    expect(await db.auditLog.count({ where: { entityType: "InternationalStudent", entityId: id, action: "international-student.create" } })).toBe(1);
    const again = await createInternationalStudentAction(values({ fullName: "Someone Else" }));
    expect(again).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { studentNumber: ["internationalStudents.validation.studentNumberTaken"] } });
  });

  it("refuses an unknown country and a three-letter code, and a stale edit with CONFLICT", async () => {
    actAs(officer);
    expect(await createInternationalStudentAction(values({ studentNumber: "X-1", countryCode: "XX" }))).toMatchObject({ ok: false, fieldErrors: { countryCode: ["common.form.errors.invalidOption"] } });
    expect(await createInternationalStudentAction(values({ studentNumber: "X-2", countryCode: "TUR" }))).toMatchObject({ ok: false, fieldErrors: { countryCode: ["common.form.errors.invalidOption"] } });
    const id = await create({ studentNumber: "KU-2024-0002", fullName: "Emre Demir" });
    expect(await updateInternationalStudentAction({ ...values({ studentNumber: "KU-2024-0002", fullName: "Emre Demir", status: "GRADUATED" }), id, version: "1" })).toMatchObject({ ok: true });
    const stale = await updateInternationalStudentAction({ ...values({ studentNumber: "KU-2024-0002", fullName: "Lost edit" }), id, version: "1" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.internationalStudent.findUniqueOrThrow({ where: { id } })).toMatchObject({ fullName: "Emre Demir", status: "GRADUATED", version: 2 });
  });

  it("cannot be written by a coordinator or a student: nothing is stored", async () => {
    const before = await countAllRows();
    for (const user of [coordinator, student]) {
      actAs(user);
      expect(await createInternationalStudentAction(values({ studentNumber: "NOPE-1" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await countAllRows()).toEqual(before);
  });
});

describe("international students: who sees them", () => {
  beforeAll(async () => {
    await create({ studentNumber: "B-1", fullName: "Nursultan Abenov", countryCode: "KZ", unitId: unitB.id, programName: "Petroleum Engineering", intakeYear: "2023" });
    await create({ studentNumber: "A-9", fullName: "Rahul Sharma", countryCode: "IN", programName: "General Medicine", level: "MASTER", intakeYear: "2022" });
  });

  it("refuses the list, the statistics and a record to a student", async () => {
    await expect(listInternationalStudents(student, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getStudentStatistics(student, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const id = (await db.internationalStudent.findFirstOrThrow({ where: { unitId: unitA.id } })).id;
    await expect(getInternationalStudent(student, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(student);
    const response = await exportRoute(new Request("http://localhost:3000/dashboard/international-students/export?format=csv"), undefined);
    expect(response.status).toBe(403);
  });

  it("shows a coordinator their unit's students only, in the list, the statistics, a record and the export", async () => {
    const list = await listInternationalStudents(coordinator, filter());
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((row) => row.unitId === unitA.id)).toBe(true);
    expect(list.total).toBe(await db.internationalStudent.count({ where: { unitId: unitA.id } }));
    // Asking for the other unit's students does not widen the scope.
    expect((await listInternationalStudents(coordinator, filter({ unitId: unitB.id }))).total).toBe(0);
    const statistics = await getStudentStatistics(coordinator, filter());
    expect(statistics.byCountry.map((row) => row.countryCode)).not.toContain("KZ");
    expect(statistics.byUnit).toEqual([expect.objectContaining({ unitId: unitA.id, count: list.total })]);
    const other = await db.internationalStudent.findFirstOrThrow({ where: { unitId: unitB.id } });
    expect(await getInternationalStudent(coordinator, other.id)).toBeNull();
    actAs(coordinator);
    const csv = await (await exportRoute(new Request("http://localhost:3000/dashboard/international-students/export?format=csv"), undefined)).text();
    expect(csv).toContain("Rahul Sharma");
    expect(csv).not.toContain("Nursultan Abenov");
  });

  it("gives the office statistics by country, program, unit and intake year, and filters by them", async () => {
    const all = await getStudentStatistics(officer, filter());
    expect(all.total).toBe(await db.internationalStudent.count());
    expect(all.byCountry.find((row) => row.countryCode === "KZ")?.count).toBe(1);
    expect(all.byProgram.find((row) => row.programName === "General Medicine")?.count).toBe(1);
    expect(all.byUnit.find((row) => row.unitId === unitB.id)).toMatchObject({ unitCode: "ISTB", count: 1 });
    expect(all.byYear.find((row) => row.intakeYear === 2022)?.count).toBe(1);
    const kz = await listInternationalStudents(officer, filter({ country: "KZ" }));
    expect(kz.rows.map((row) => row.fullName)).toEqual(["Nursultan Abenov"]);
    expect((await listInternationalStudents(officer, filter({ q: "sharma" }))).rows.map((row) => row.studentNumber)).toEqual(["A-9"]);
    expect((await listInternationalStudents(officer, filter({ program: "general medicine" }))).total).toBe(1);
  });
});

describe("importing the registrar's list", () => {
  const HEADERS = ["Student number", "Full name", "Country", "Program", "Level", "Unit", "Intake year", "Status"];
  const table = (rows: string[][]): TabularData => ({ headers: HEADERS, rows });
  const mapping = guessMapping(HEADERS, STUDENT_IMPORT_FIELDS);

  it("lists every row's problems in the dry run and writes nothing", async () => {
    const before = await countAllRows();
    const analysis = await dryRunStudentImport(officer, table([
      ["IMP-1", "Giorgi Beridze", "Georgia", "Business Administration", "Bachelor", "ISTA", "2024/25", "Enrolled"],
      ["IMP-2", "Nino Kapanadze", "GE", "Law", "Bachelor", "NOPE", "2023", ""],
      ["IMP-1", "Twice", "GE", "Law", "Bachelor", "", "2023", ""],
      ["IMP-3", "", "Atlantis", "Law", "Wizard", "", "soon", ""],
    ]), mapping);
    expect(analysis).toMatchObject({ rowCount: 4, validCount: 1, newCount: 1, updateCount: 0, unchangedCount: 0 });
    const byRow = (row: number) => analysis.problems.filter((p) => p.rowNumber === row).map((p) => [p.field, p.message]);
    expect(byRow(3)).toEqual([["unit", "internationalStudents.import.problems.unknownUnit"]]);
    expect(byRow(4)).toEqual([["studentNumber", "internationalStudents.import.problems.duplicateInFile"]]);
    expect(byRow(5).map(([field]) => field).sort()).toEqual(["country", "fullName", "intakeYear", "level"]);
    expect(await countAllRows()).toEqual(before);
  });

  it("writes all rows or none: one bad row refuses the whole file", async () => {
    const before = await countAllRows();
    await expect(commitStudentImport(officer, table([
      ["IMP-10", "Jasur Karimov", "UZ", "Computer Science", "Bachelor", "ISTA", "2025", ""],
      ["IMP-11", "Dilnoza Rakhimova", "UZ", "General Medicine", "Magistr", "NOPE", "2024", ""],
    ]), mapping)).rejects.toMatchObject({ code: "VALIDATION", messageKey: "internationalStudents.import.hasErrors" });
    expect(await countAllRows()).toEqual(before);
  });

  it("creates new numbers, updates known ones, leaves unchanged rows alone, and audits each student written", async () => {
    const known = await db.internationalStudent.findUniqueOrThrow({ where: { studentNumber: "B-1" } });
    const rows = [
      ["IMP-20", "Serdar Atayev", "Turkmenistan", "Petroleum Engineering", "Bachelor", "ISTB", "2025", ""],
      ["IMP-21", "Maysa Orazova", "TKM", "General Medicine", "Master", "", "2023", "Enrolled"],
      ["B-1", "Nursultan Abenov", "KZ", "Petroleum Engineering", "Bachelor", "ISTB", "2023", "Graduated"],
      ["A-9", "Rahul Sharma", "IN", "General Medicine", "MASTER", "ISTA", "2022", "ENROLLED"],
    ];
    expect(await dryRunStudentImport(officer, table(rows), mapping)).toMatchObject({ validCount: 4, newCount: 2, updateCount: 1, unchangedCount: 1, problems: [] });
    const auditsBefore = await db.auditLog.count({ where: { action: "international-student.import" } });
    expect(await commitStudentImport(officer, table(rows), mapping)).toEqual({ created: 3, updated: 1 });
    expect(await db.internationalStudent.findUniqueOrThrow({ where: { studentNumber: "IMP-21" } })).toMatchObject({ countryCode: "TM", level: "MASTER", unitId: null, status: "ENROLLED" });
    expect(await db.internationalStudent.findUniqueOrThrow({ where: { studentNumber: "B-1" } })).toMatchObject({ id: known.id, status: "GRADUATED", version: known.version + 1 });
    expect(await db.auditLog.count({ where: { action: "international-student.import" } })).toBe(auditsBefore + 3);
    const update = await db.auditLog.findFirstOrThrow({ where: { action: "international-student.import", entityId: known.id } });
    expect(update.before).toMatchObject({ status: "ENROLLED" });
    expect(update.after).toMatchObject({ status: "GRADUATED", importRow: 4 });
    // The same file again changes nothing.
    expect(await commitStudentImport(officer, table(rows), mapping)).toEqual({ created: 0, updated: 0 });
    expect(await db.auditLog.count({ where: { action: "international-student.import" } })).toBe(auditsBefore + 3);
  });

  it("runs through the shared import route, for the office only", async () => {
    const csv = [HEADERS.join(","), "IMP-30,Lina Haddad,Jordan,Dentistry,Master,,2024,"].join("\n");
    const send = (step: string, stepMapping?: object) => {
      const form = new FormData();
      form.set("file", new File([csv], "registrar.csv", { type: "text/csv" }));
      form.set("step", step);
      if (stepMapping) form.set("mapping", JSON.stringify(stepMapping));
      return importRoute(new Request("http://localhost:3000/api/import/internationalStudents", { method: "POST", body: form, headers: { origin: "http://localhost:3000" } }), {
        params: Promise.resolve({ entity: "internationalStudents" }),
      });
    };
    actAs(officer);
    const inspected = (await (await send("inspect")).json()) as { mapping: object; rowCount: number };
    expect(inspected.rowCount).toBe(1);
    expect(await (await send("dry-run", inspected.mapping)).json()).toMatchObject({ rowCount: 1, validCount: 1, problems: [] });
    actAs(coordinator);
    expect((await send("commit", inspected.mapping)).status).toBe(403);
    actAs(student);
    expect((await send("dry-run", inspected.mapping)).status).toBe(403);
    actAs(officer);
    expect(await (await send("commit", inspected.mapping)).json()).toMatchObject({ created: 1 });
  });
});

describe("the public figure", () => {
  it("counts enrolled students and their countries, and never shows a person", async () => {
    clearInternationalStudentFigures();
    const figure = await getPublicInternationalStudentFigure();
    const enrolled = await db.internationalStudent.findMany({ where: { status: "ENROLLED" }, select: { fullName: true, studentNumber: true, countryCode: true } });
    expect(figure.students).toBe(enrolled.length);
    expect([...figure.countryCodes].sort()).toEqual([...new Set(enrolled.map((row) => row.countryCode))].sort());
    // Only the total and country codes: no name, number, program or per-country count leaves the database.
    expect(Object.keys(figure).sort()).toEqual(["countryCodes", "students"]);
    const rendered = await Promise.all((["en", "az", "ru"] as const).map(async (locale) => renderToStaticMarkup((await InternationalStudentsFigure({ locale }))!)));
    expect(rendered[0]).toContain(`${figure.students} students from ${figure.countryCodes.length} countries study at the university.`);
    expect(rendered[0]).toContain("Jordan");
    expect(rendered[2]).toContain("Иордания");
    const html = rendered.join("\n");
    const everyone = await db.internationalStudent.findMany({ select: { fullName: true, studentNumber: true } });
    for (const person of everyone) {
      expect(html).not.toContain(person.fullName);
      expect(html).not.toContain(person.studentNumber);
    }
  });
});
