import { describe, expect, it } from "vitest";
import { parsePartnerRow } from "@/lib/partners/import-rows";

const row = (values: Record<string, string>) => ({ rowNumber: 5, values });

describe("an imported partner row", () => {
  it("understands the ways people write kinds, countries, areas, statuses and yes/no", () => {
    const parsed = parsePartnerRow(
      row({ name: " Uni Wien ", kind: "research institute", countryCode: "Austria", areas: "Joint research; student exchange | library", status: "aktiv", isPublic: "нет" }),
    );
    expect(parsed).toMatchObject({
      ok: true,
      fields: { name: "Uni Wien", kind: "RESEARCH_INSTITUTE", countryCode: "AT", areas: ["joint-research", "student-exchange", "library"], status: "ACTIVE", isPublic: false },
    });
    expect(parsePartnerRow(row({ name: "X", kind: "UNIVERSITY", countryCode: "aut" }))).toMatchObject({ ok: true, fields: { countryCode: "AT", status: "PROSPECT", isPublic: false } });
    expect(parsePartnerRow(row({ name: "X", kind: "Universitet", countryCode: "South Korea" }))).toMatchObject({ ok: true, fields: { countryCode: "KR" } });
  });

  it("returns each problem with its row and field", () => {
    const parsed = parsePartnerRow(row({ name: "X", kind: "castle", countryCode: "Mordor", pic: "12", website: "ftp://x.org" }));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.problems.map((p) => [p.rowNumber, p.field, p.message])).toEqual([
      [5, "kind", "common.form.errors.invalidOption"],
      [5, "countryCode", "partners.validation.country"],
      [5, "website", "common.form.errors.invalidUrl"],
      [5, "pic", "partners.validation.pic"],
    ]);
  });
});
