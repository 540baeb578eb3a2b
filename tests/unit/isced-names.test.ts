import { describe, expect, it } from "vitest";
import { subjectFilterOptions, subjectPickOptions } from "@/lib/opportunities/display";
import { ISCED_FIELDS, iscedLabel, iscedName } from "@/lib/reference/isced";

/**
 * ISCED-F subject names in the reader's language (issue 10, decision 015): every field has an
 * Azerbaijani and a Russian name, written in that language's script, and a language without a name
 * falls back to English.
 */

interface Field {
  code: string;
  name: string;
  parent?: string;
  residual?: string;
}
const FIELDS: readonly Field[] = ISCED_FIELDS;
const byCode = new Map(FIELDS.map((field) => [field.code, field]));

/** The Azerbaijani alphabet (Latin script, 32 letters: no w; ı and i are different letters). */
const AZERBAIJANI_LETTERS = new Set([..."abcçdeəfgğhxıijkqlmnoöprsştuüvyz", ..."ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"]);

function lettersOf(text: string): string[] {
  return text.match(/\p{L}/gu) ?? [];
}

/** The field a residual code is named after, walked up the way the classification's English names read. */
function namedAncestor(field: Field): Field {
  let current = field;
  while (current.residual && current.residual !== "unknown" && current.parent) current = byCode.get(current.parent)!;
  return current;
}

describe("ISCED-F names in Azerbaijani and Russian", () => {
  it("cover all 219 fields: 12 broad, 58 narrow, 149 detailed", () => {
    expect(FIELDS).toHaveLength(219);
  });

  it.each(FIELDS.map((field) => [field.code, field.name]))("%s (%s) has its own Azerbaijani name in Latin script", (code, english) => {
    const name = iscedName(code, "az");
    expect(name.trim()).not.toBe("");
    expect(name).toBe(name.trim());
    expect(name).not.toBe(english);
    expect(name).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(lettersOf(name).filter((letter) => !AZERBAIJANI_LETTERS.has(letter))).toEqual([]);
  });

  it.each(FIELDS.map((field) => [field.code, field.name]))("%s (%s) has its own Russian name in Cyrillic", (code, english) => {
    const name = iscedName(code, "ru");
    expect(name.trim()).not.toBe("");
    expect(name).toBe(name.trim());
    expect(name).not.toBe(english);
    expect(name).not.toMatch(/\p{Script=Latin}/u);
    expect(lettersOf(name).every((letter) => /\p{Script=Cyrillic}/u.test(letter))).toBe(true);
  });

  it("write Azerbaijani with its own letters", () => {
    const all = FIELDS.map((field) => iscedName(field.code, "az")).join(" ");
    for (const letter of "əğıöüşç") expect(all).toContain(letter);
    expect(iscedName("0111", "az")).toBe("Təhsil elmləri");
    expect(iscedName("02", "az")).toBe("İncəsənət və humanitar elmlər");
    expect(iscedName("0912", "ru")).toBe("Медицина");
  });

  it("give two fields the same name only where the English names are the same too", () => {
    for (const locale of ["az", "ru"]) {
      const englishByName = new Map<string, string>();
      for (const field of FIELDS) {
        const name = iscedName(field.code, locale);
        const english = englishByName.get(name);
        if (english !== undefined) expect([locale, field.code, field.name]).toEqual([locale, field.code, english]);
        englishByName.set(name, field.name);
      }
    }
  });

  it("name a residual field after the field it belongs to, as the English names do", () => {
    const residuals = FIELDS.filter((field) => field.residual && field.residual !== "unknown");
    expect(residuals.length).toBeGreaterThan(90);
    for (const field of residuals) {
      const ancestor = namedAncestor(field);
      expect(ancestor.residual).toBeUndefined();
      expect(field.name.toLowerCase()).toContain(ancestor.name.toLowerCase());
      for (const locale of ["az", "ru"]) expect(iscedName(field.code, locale)).toContain(iscedName(ancestor.code, locale));
    }
    expect(iscedName("0230", "ru")).toBe("Языки (без уточнения)");
    expect(iscedName("0200", "az")).toBe("İncəsənət və humanitar elmlər (dəqiqləşdirilməmiş)");
    expect(iscedName("0119", "az")).toBe("Təhsil (digər proqramlar)");
    expect(iscedName("0188", "ru")).toBe("Междисциплинарные программы и квалификации в области «Образование»");
  });
});

describe("iscedName and iscedLabel", () => {
  it("fall back to English for a language without names", () => {
    expect(iscedName("0231", "en")).toBe("Language acquisition");
    expect(iscedName("0231", "de")).toBe("Language acquisition");
    expect(iscedLabel("0231", "fr")).toBe("0231 Language acquisition");
    expect(iscedName("0230", "tr")).toBe("Languages not further defined");
  });

  it("read a regional locale as its language", () => {
    expect(iscedName("0231", "ru-RU")).toBe("Изучение языков");
    expect(iscedName("0231", "az-Latn-AZ")).toBe("Dillərin öyrənilməsi");
  });

  it("put the code before the name, and keep an unknown code as it is", () => {
    expect(iscedLabel("0231", "az")).toBe("0231 Dillərin öyrənilməsi");
    expect(iscedLabel("0231", "ru")).toBe("0231 Изучение языков");
    expect(iscedLabel("0199", "ru")).toBe("0199");
    expect(iscedName("0199", "az")).toBe("0199");
  });
});

describe("subject options of the catalogue and the staff forms", () => {
  it("are named in the reader's language, in the classification's order", () => {
    const az = subjectFilterOptions("az");
    expect(az.map((option) => option.value)).toEqual(subjectFilterOptions("en").map((option) => option.value));
    expect(az).toContainEqual({ value: "09", label: "09 Səhiyyə və sosial rifah", depth: 0 });
    expect(az).toContainEqual({ value: "091", label: "091 Səhiyyə", depth: 1 });
    expect(subjectPickOptions("ru")).toContainEqual({ value: "0912", label: "0912 Медицина" });
    expect(subjectPickOptions("en")).toContainEqual({ value: "0912", label: "0912 Medicine" });
  });
});
