import { describe, expect, it } from "vitest";
import { localize, localizeList, missingLanguages, readTranslations, textInLanguage } from "@/lib/translations/content";
import { emptyTranslations, keepOtherLanguages, translationFormValues, translationsSchema } from "@/lib/translations/schema";

const center = {
  name: "Korean Culture Center",
  description: "Language courses and film evenings.",
  translations: { az: { name: "Koreya Mədəniyyət Mərkəzi" }, ru: { name: "Центр корейской культуры", description: "Курсы языка и кинопоказы." } },
};

describe("content in three languages", () => {
  it("shows the reader's language when it has the text", () => {
    const texts = localize(center, ["name", "description"], "ru", "en");
    expect(texts.name).toEqual({ text: "Центр корейской культуры", lang: "ru" });
    expect(texts.description).toEqual({ text: "Курсы языка и кинопоказы.", lang: "ru" });
  });

  it("falls back to the default language, saying which language the text is in", () => {
    const texts = localize(center, ["name", "description"], "az", "en");
    expect(texts.name).toEqual({ text: "Koreya Mədəniyyət Mərkəzi", lang: "az" });
    expect(texts.description).toEqual({ text: "Language courses and film evenings.", lang: "en" });
  });

  it("falls back to any language that has a text when the default language has none", () => {
    const onlyRussian = { name: "", translations: { ru: { name: "Только по-русски" } } };
    expect(localize(onlyRussian, ["name"], "az", "en").name).toEqual({ text: "Только по-русски", lang: "ru" });
  });

  it("reads the default language from the plain columns whatever the default is", () => {
    const azDefault = { name: "Mərkəz", translations: { en: { name: "Center" } } };
    expect(localize(azDefault, ["name"], "az", "az").name).toEqual({ text: "Mərkəz", lang: "az" });
    expect(localize(azDefault, ["name"], "en", "az").name).toEqual({ text: "Center", lang: "en" });
    expect(localize(azDefault, ["name"], "ru", "az").name).toEqual({ text: "Mərkəz", lang: "az" });
  });

  it("ignores malformed stored translations instead of throwing", () => {
    for (const stored of [null, "text", [], { xx: { name: "?" } }, { az: "flat" }, { az: { name: 5 } }, { az: { name: "   " } }]) {
      expect(readTranslations(stored, ["name"])).toEqual({});
      expect(localize({ name: "Plain", translations: stored }, ["name"], "az", "en").name).toEqual({ text: "Plain", lang: "en" });
    }
  });

  it("reads list fields as lists, from a list or from lines", () => {
    const project = { objectives: ["Train staff", "Open a centre"], translations: { az: { objectives: "Kadr hazırlığı\nMərkəz açmaq\n" } } };
    expect(localizeList(project, "objectives", "az", "en")).toEqual({ items: ["Kadr hazırlığı", "Mərkəz açmaq"], lang: "az" });
    expect(localizeList(project, "objectives", "ru", "en")).toEqual({ items: ["Train staff", "Open a centre"], lang: "en" });
  });

  it("names the languages that lack a text the default language has", () => {
    expect(missingLanguages(center, ["name", "description"], "en")).toEqual(["az"]);
    expect(missingLanguages({ name: "X", description: "", translations: { az: { name: "X" }, ru: { name: "X" } } }, ["name", "description"], "en")).toEqual([]);
  });

  it("gives one language's text for an export column", () => {
    expect(textInLanguage(center, "description", "az", "en")).toBe("");
    expect(textInLanguage(center, "description", "en", "en")).toBe("Language courses and film evenings.");
  });
});

describe("the translations form piece", () => {
  const schema = translationsSchema({ name: 200, description: 5000 });

  it("keeps only what was written, trimmed", () => {
    const parsed = schema.parse({ az: { name: "  Mərkəz ", description: "" }, ru: { name: "", description: "   " }, en: { name: "" } });
    expect(parsed).toEqual({ az: { name: "Mərkəz" } });
  });

  it("may be left out", () => {
    expect(schema.parse(undefined)).toEqual({});
  });

  it("refuses a too-long text with the field's message and an unknown language or field", () => {
    const tooLong = schema.safeParse({ ru: { name: "я".repeat(201) } });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.path).toEqual(["ru", "name"]);
    expect(tooLong.error?.issues[0]?.message).toBe("common.form.errors.tooLong|max=200");
    expect(schema.safeParse({ de: { name: "Zentrum" } }).success).toBe(false);
    expect(schema.safeParse({ az: { slug: "x" } }).success).toBe(false);
    expect(schema.safeParse({ az: { name: 42 } }).success).toBe(false);
  });

  it("round-trips through the form's values and drops the default language when stored", () => {
    const values = translationFormValues({ az: { name: "Mərkəz" } }, ["name", "description"]);
    expect(values).toEqual({ ...emptyTranslations(["name", "description"]), az: { name: "Mərkəz", description: "" } });
    expect(keepOtherLanguages(schema.parse({ ...values, en: { name: "Center" } }), "en")).toEqual({ az: { name: "Mərkəz" } });
  });
});
