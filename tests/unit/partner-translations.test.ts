import { describe, expect, it } from "vitest";
import { parsePartnerRow } from "@/lib/partners/import-rows";
import { EMPTY_PARTNER_FORM, partnerFormValues, partnerWriteData } from "@/lib/partners/partner-fields";
import { partnerFieldsSchema } from "@/lib/partners/schemas";

const row = (values: Record<string, string>) => ({ rowNumber: 2, values: { name: "Uni Wien", kind: "university", countryCode: "AT", ...values } });

describe("a partner's description in three languages (decision 010)", () => {
  it("reads an imported row's language columns into the translations, blanks dropped", () => {
    const parsed = parsePartnerRow(row({ description: "Exchange.", "description.az": " Mübadilə. ", "description.ru": "" }));
    expect(parsed).toMatchObject({ ok: true, fields: { description: "Exchange.", translations: { az: { description: "Mübadilə." } } } });
    expect(parsed.ok && parsed.fields.translations).not.toHaveProperty("ru");
    // A file without the columns: no translations at all.
    expect(parsePartnerRow(row({}))).toMatchObject({ ok: true, fields: { translations: {} } });
  });

  it("names the language column of a translation that is too long", () => {
    const parsed = parsePartnerRow(row({ "description.ru": "д".repeat(5001), "description.az": "ə".repeat(5001) }));
    expect(parsed.ok === false && parsed.problems).toEqual([
      { rowNumber: 2, field: "description.az", message: "common.form.errors.tooLong", values: { max: "5000" }, severity: "error" },
      { rowNumber: 2, field: "description.ru", message: "common.form.errors.tooLong", values: { max: "5000" }, severity: "error" },
    ]);
  });

  it("writes the default language in the plain column and the others in translations", () => {
    const fields = partnerFieldsSchema.parse({
      ...EMPTY_PARTNER_FORM,
      name: "Uni Wien",
      countryCode: "AT",
      description: "",
      translations: { en: { description: "From the English column." }, az: { description: "Azərbaycanca." }, ru: { description: "" } },
    });
    expect(partnerWriteData(fields, "en")).toMatchObject({ description: "From the English column.", translations: { az: { description: "Azərbaycanca." } } });
    // A written plain text wins over the default language's column; that column is never stored twice.
    const written = partnerWriteData({ ...fields, description: "Typed." }, "en");
    expect(written).toMatchObject({ description: "Typed." });
    expect(written.translations).toEqual({ az: { description: "Azərbaycanca." } });
    // With Azerbaijani as the default, English is a translation like any other.
    expect(partnerWriteData({ ...fields, description: "Tipli." }, "az").translations).toEqual({ en: { description: "From the English column." } });
  });

  it("fills the form's tabs from the stored translations, every language present", () => {
    const stored = { ...partnerFieldsSchema.parse({ ...EMPTY_PARTNER_FORM, name: "Uni Wien", countryCode: "AT" }), translations: { ru: { description: "Обмен." }, xx: { description: "?" } } };
    expect(partnerFormValues(stored).translations).toEqual({ en: { description: "" }, az: { description: "" }, ru: { description: "Обмен." } });
  });
});
