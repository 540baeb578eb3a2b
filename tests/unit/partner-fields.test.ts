import { describe, expect, it } from "vitest";
import { parsePartnerRow, PARTNER_IMPORT_FIELDS } from "@/lib/partners/import-rows";
import { EMPTY_PARTNER_FORM, PARTNER_FIELD_KEYS, partnerEditableSelect, partnerFormValues } from "@/lib/partners/partner-fields";
import { partnerFieldsSchema } from "@/lib/partners/schemas";

const valid = { ...EMPTY_PARTNER_FORM, name: "Uni Wien", countryCode: "AT" };

describe("the partner's field definition", () => {
  it("is the one list the schema, the select, the form and the import are read from", () => {
    // The plain fields, then the other languages' texts of the translatable ones (decision 010).
    expect(Object.keys(partnerFieldsSchema.shape)).toEqual([...PARTNER_FIELD_KEYS, "translations"]);
    expect(Object.keys(partnerEditableSelect)).toEqual([...PARTNER_FIELD_KEYS, "translations"]);
    expect(Object.keys(EMPTY_PARTNER_FORM)).toEqual([...PARTNER_FIELD_KEYS, "translations"]);
    expect(PARTNER_IMPORT_FIELDS.map((field) => field.key)).toEqual(
      PARTNER_FIELD_KEYS.flatMap((key) => (key === "description" ? [key, "description.en", "description.az", "description.ru"] : [key])),
    );
    // The export's per-language headers are recognised too.
    expect(PARTNER_IMPORT_FIELDS.find((field) => field.key === "description.az")?.aliases).toContain("description (az)");
    // The export's headers are recognised when the file is imported again.
    expect(PARTNER_IMPORT_FIELDS.find((field) => field.key === "countryCode")?.aliases).toContain("country");
    expect(PARTNER_IMPORT_FIELDS.find((field) => field.key === "isPublic")?.aliases).toContain("public");
  });

  it("parses the same input the same way in every optional text and checkbox", () => {
    const parsed = partnerFieldsSchema.parse({ ...valid, city: "  ", website: " ", erasmusCode: "   ", schacCode: "", pic: " ", isPublic: "1" });
    expect(parsed).toMatchObject({ city: null, website: null, erasmusCode: null, schacCode: null, pic: null, isPublic: true });
    expect(partnerFieldsSchema.parse({ ...valid, isPublic: "off" }).isPublic).toBe(false);
    expect(partnerFieldsSchema.parse({ ...valid, description: "  ", internalNotes: undefined })).toMatchObject({ description: "", internalNotes: "" });
  });

  it("turns a stored partner into form values, blank columns into empty inputs", () => {
    const stored = { ...partnerFieldsSchema.parse(valid), city: null, areas: ["library"], isPublic: false };
    expect(partnerFormValues(stored)).toMatchObject({ name: "Uni Wien", city: "", areas: ["library"], isPublic: false });
  });

  it("reports one problem per field in an imported row, with the message's values", () => {
    const blankName = parsePartnerRow({ rowNumber: 2, values: { name: " ", kind: "university", countryCode: "AT" } });
    expect(blankName.ok === false && blankName.problems).toEqual([
      { rowNumber: 2, field: "name", message: "common.form.errors.required", severity: "error" },
    ]);
    const longCity = parsePartnerRow({ rowNumber: 3, values: { name: "X", kind: "university", countryCode: "AT", city: "x".repeat(121) } });
    expect(longCity.ok === false && longCity.problems).toEqual([
      { rowNumber: 3, field: "city", message: "common.form.errors.tooLong", values: { max: "120" }, severity: "error" },
    ]);
  });
});
