import { describe, expect, it } from "vitest";
import { toPrefixQuery } from "@/lib/search/full-text";

describe("toPrefixQuery", () => {
  it("turns words into prefix terms joined by AND", () => {
    expect(toPrefixQuery("Kor  Univ")).toBe("kor:* & univ:*");
  });
  it("keeps letters of any script and drops tsquery operators", () => {
    expect(toPrefixQuery("Bakı & (Dövlət) | !Университет")).toBe("bakı:* & dövlət:* & университет:*");
  });
  it("keeps a word with a capital Azerbaijani İ whole, as PostgreSQL lower-cases it", () => {
    expect(toPrefixQuery("İstanbul İqtisadiyyat")).toBe("istanbul:* & iqtisadiyyat:*");
  });
  it("returns null when nothing searchable is left", () => {
    expect(toPrefixQuery(" &|! ")).toBeNull();
  });
});
