import { describe, expect, it } from "vitest";
import { countriesNamedIn } from "@/lib/opportunities/catalogue-countries";
import { capitalised, languageCode, languageName } from "@/lib/reference/instruction-languages";

/**
 * Labels a catalogue reader meets. A Russian or Azerbaijani page said "English" inside its own
 * sentence: the stored language of instruction (typed by staff, usually in English) is named in
 * the reader's language. And the catalogue's search knows country names in all three languages.
 * (Pure functions; kept with the catalogue's tests.)
 */

describe("language of instruction", () => {
  it.each([
    ["English", "en", "English"],
    ["English", "ru", "английский"],
    ["English", "az", "ingilis"],
    ["german", "ru", "немецкий"],
    ["Turkish", "az", "türk"],
    ["en", "ru", "английский"],
    ["İngilis", "en", "English"],
    ["английский", "az", "ingilis"],
  ])("%s reads in %s as %s", (stored, locale, expected) => {
    expect(languageName(stored, locale)).toBe(expected);
  });

  it("names several languages as a list in the reader's language", () => {
    expect(languageName("English and German", "ru")).toBe("английский и немецкий");
    expect(languageName("English/Turkish", "az")).toBe("ingilis və türk");
    expect(languageName("English or German", "en")).toBe("English or German");
  });

  it("keeps what it does not recognise as typed", () => {
    expect(languageName("Klingon", "ru")).toBe("Klingon");
    expect(languageName("English and Klingon", "ru")).toBe("English and Klingon");
    expect(languageCode("Klingon")).toBeNull();
  });

  it("capitalises by the language's rules at the start of a value", () => {
    expect(capitalised("ingilis", "az")).toBe("İngilis");
    expect(capitalised("английский", "ru")).toBe("Английский");
  });
});

describe("country names in a search", () => {
  it.each([
    ["Norway", ["NO"]],
    ["Norwy", ["NO"]],
    ["Norveç", ["NO"]],
    ["Норвегия", ["NO"]],
    ["Almaniya", ["DE"]],
    ["Germny", ["DE"]],
    ["United States", ["US"]],
    ["Turkey", ["TR"]],
  ])("%s names %o", (q, codes) => {
    expect(countriesNamedIn(q)).toEqual(codes);
  });

  it("does not take a word of a university's name or a short word for a country", () => {
    expect(countriesNamedIn("United")).toEqual([]);
    expect(countriesNamedIn("Spring semester exchange at Princeton University")).toEqual([]);
    expect(countriesNamedIn("Iran")).toEqual(["IR"]);
  });
});
