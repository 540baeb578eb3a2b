import { describe, expect, it } from "vitest";
import { catalogueSearchParams, effectiveSort, parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { canTransition, criterionKeyOf, isEditable, plusOneYear, publishProblems, shiftYearsInText } from "@/lib/opportunities/lifecycle";

describe("opportunity lifecycle rules", () => {
  it("allows DRAFT → PUBLISHED → CLOSED and nothing else", () => {
    expect(canTransition("DRAFT", "publish")).toBe(true);
    expect(canTransition("PUBLISHED", "close")).toBe(true);
    expect(canTransition("DRAFT", "close")).toBe(false);
    expect(canTransition("PUBLISHED", "publish")).toBe(false);
    expect(canTransition("CLOSED", "publish")).toBe(false);
    expect(canTransition("CLOSED", "close")).toBe(false);
    expect(isEditable("CLOSED")).toBe(false);
  });

  it("needs a place and a window that has not ended to publish", () => {
    const now = new Date("2026-05-01T12:00:00Z");
    const ok = { places: 1, opensAt: new Date("2026-04-01"), closesAt: new Date("2026-06-01") };
    expect(publishProblems(ok, now)).toEqual({});
    expect(publishProblems({ ...ok, places: 0 }, now)).toEqual({ places: "opportunities.lifecycle.errors.noPlaces" });
    expect(publishProblems({ ...ok, closesAt: new Date("2026-04-30") }, now)).toEqual({ closesAt: "opportunities.lifecycle.errors.windowEnded" });
    expect(publishProblems({ ...ok, closesAt: new Date("2026-03-01") }, now)).toEqual({ closesAt: "opportunities.validation.closesBeforeOpens" });
  });

  it("moves years in texts and dates on by one for next year's copy", () => {
    expect(shiftYearsInText("Fall 2026")).toBe("Fall 2027");
    expect(shiftYearsInText("Academic year 2026/27")).toBe("Academic year 2027/28");
    expect(shiftYearsInText("2026 - 2027")).toBe("2027 - 2028");
    expect(shiftYearsInText("Room 101, 1999")).toBe("Room 101, 1999");
    expect(plusOneYear(new Date(2028, 1, 29)).getDate()).toBe(28);
  });

  it("derives unique criterion keys from labels", () => {
    expect(criterionKeyOf("Motivation letter", new Set())).toBe("motivation-letter");
    expect(criterionKeyOf("GPA", new Set(["gpa"]))).toBe("gpa-2");
    expect(criterionKeyOf("Мотивация", new Set())).toBe("criterion");
  });
});

describe("catalogue URL filters", () => {
  it("reads and writes the same URL, leaving defaults out", () => {
    const filter = parseCatalogueFilter(new URLSearchParams("q=tartu&country=ee&level=MASTER&open=1&page=2&sort=deadline"));
    expect(filter).toMatchObject({ q: "tartu", country: "EE", level: "MASTER", open: true, page: 2 });
    expect(catalogueSearchParams(filter, { page: null }).toString()).toBe("q=tartu&country=EE&level=MASTER&open=1&sort=deadline");
  });

  it("drops tampered values and keeps relevance only with a text query", () => {
    const filter = parseCatalogueFilter({ country: "<script>", cefr: "Z9", before: "2026-13-45", page: "abc", open: "maybe", sort: "relevance" });
    expect(filter).toMatchObject({ country: undefined, cefr: undefined, before: undefined, page: 1, open: false });
    expect(effectiveSort(filter)).toBe("deadline");
    expect(effectiveSort(parseCatalogueFilter({ q: "x", sort: "relevance" }))).toBe("relevance");
  });
});
