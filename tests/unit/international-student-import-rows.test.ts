import { describe, expect, it } from "vitest";
import { guessMapping } from "@/lib/import-export/table";
import { parseStudentRow, STUDENT_IMPORT_FIELDS } from "@/lib/international-students/import-rows";

const row = (values: Record<string, string>, rowNumber = 2) => ({ rowNumber, values });

describe("reading a registrar's row", () => {
  it("takes countries by name or code, levels and statuses as registrars write them, and '2023/24' as 2023", () => {
    const parsed = parseStudentRow(
      row({ studentNumber: " 20230147 ", fullName: "Zeynep Çelik", country: "Turkey", programName: "English Language and Literature", level: "Bakalavr", unit: "ell", intakeYear: "2023/24", status: "Təhsil alır" }),
    );
    expect(parsed).toEqual({
      ok: true,
      rowNumber: 2,
      fields: {
        studentNumber: "20230147",
        fullName: "Zeynep Çelik",
        countryCode: "TR",
        programName: "English Language and Literature",
        level: "BACHELOR",
        intakeYear: 2023,
        status: "ENROLLED",
        unitCode: "ell",
      },
    });
    expect(parseStudentRow(row({ studentNumber: "1", fullName: "Amir Hosseini", country: "irn", programName: "Computer Science", level: "PhD", intakeYear: "2022", status: "graduated" })))
      .toMatchObject({ ok: true, fields: { countryCode: "IR", level: "DOCTORAL", status: "GRADUATED", unitCode: null } });
  });

  it("reads a blank status as enrolled", () => {
    expect(parseStudentRow(row({ studentNumber: "7", fullName: "Ali Karimi", country: "IR", programName: "MBA", level: "MBA", intakeYear: "2025", status: "" }))).toMatchObject({
      ok: true,
      fields: { status: "ENROLLED", level: "MASTER" },
    });
  });

  it("names every wrong field of a row once, under the column it came from", () => {
    const parsed = parseStudentRow(row({ studentNumber: "no spaces allowed", fullName: "", country: "Atlantis", programName: "Law", level: "Wizard", intakeYear: "next year", status: "asleep" }, 9));
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.map((problem) => problem.field).sort()).toEqual(["country", "fullName", "intakeYear", "level", "status", "studentNumber"]);
    expect(problems.every((problem) => problem.rowNumber === 9 && problem.severity === "error")).toBe(true);
    expect(problems.find((problem) => problem.field === "studentNumber")?.message).toBe("internationalStudents.validation.studentNumberFormat");
    expect(problems.find((problem) => problem.field === "country")?.message).toBe("common.form.errors.invalidOption");
  });
});

describe("matching a registrar's columns", () => {
  it("recognises the export's own headers, so an export imports back", () => {
    const headers = ["Student number", "Full name", "Country", "Country name", "Program", "Level", "Level name", "Unit", "Intake year", "Status", "Status name"];
    expect(guessMapping(headers, STUDENT_IMPORT_FIELDS)).toEqual({ studentNumber: 0, fullName: 1, country: 2, programName: 4, level: 5, unit: 7, intakeYear: 8, status: 9 });
  });

  it("recognises Azerbaijani and Russian registrar headers", () => {
    expect(guessMapping(["Tələbə nömrəsi", "Ad, soyad", "Vətəndaşlıq", "İxtisas", "Təhsil pilləsi", "Fakültə", "Qəbul ili", "Vəziyyət"], STUDENT_IMPORT_FIELDS)).toEqual({
      studentNumber: 0, fullName: 1, country: 2, programName: 3, level: 4, unit: 5, intakeYear: 6, status: 7,
    });
    expect(guessMapping(["Номер студента", "ФИО", "Гражданство", "Специальность", "Уровень", "Факультет", "Год поступления", "Статус"], STUDENT_IMPORT_FIELDS)).toEqual({
      studentNumber: 0, fullName: 1, country: 2, programName: 3, level: 4, unit: 5, intakeYear: 6, status: 7,
    });
  });
});
