import { describe, expect, it } from "vitest";
import { parsePartnerRow } from "@/lib/partners/import-rows";

const row = (values: Record<string, string>) => ({ rowNumber: 2, values: { name: "Uni Graz", kind: "University", countryCode: "AT", ...values } });

/** Issue 10: imported partners became public unless the "public" column was mapped. */
describe("an imported partner's visibility", () => {
  it("stays internal when the file has no public column, or leaves it blank", () => {
    expect(parsePartnerRow(row({}))).toMatchObject({ ok: true, fields: { isPublic: false } });
    expect(parsePartnerRow(row({ isPublic: "  " }))).toMatchObject({ ok: true, fields: { isPublic: false } });
  });

  it("is public only where the file says yes, in any of the three languages", () => {
    for (const yes of ["yes", "Public", "bəli", "да", "1"]) {
      expect(parsePartnerRow(row({ isPublic: yes }))).toMatchObject({ ok: true, fields: { isPublic: true } });
    }
    expect(parsePartnerRow(row({ isPublic: "no" }))).toMatchObject({ ok: true, fields: { isPublic: false } });
  });
});
