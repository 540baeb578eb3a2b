import { describe, expect, it } from "vitest";
import { normalizeErasmusCode, normalizePic, normalizeSchacCode } from "@/lib/partners/identifiers";
import { firstFreeSlug, slugify } from "@/lib/partners/slug";

describe("Erasmus codes", () => {
  it.each([
    ["D  BERLIN01", "D  BERLIN01"],
    ["AZ BAKU03", "AZ BAKU03"],
    ["d berlin01", "D  BERLIN01"],
    ["  tr   istanbu07 ", "TR ISTANBU07"],
    ["F  PARIS001", "F  PARIS001"],
    ["E  LAS-PAL01", "E  LAS-PAL01"],
  ])("accepts %j as %j", (input, expected) => {
    expect(normalizeErasmusCode(input)).toBe(expected);
  });

  it.each(["DBERLIN01", "D BERLIN1", "D BERLIN0001", "ABCD BERLIN01", "D 01", "D B01", "D BERLIN-01", "1 BERLIN01"])("refuses %j", (input) => {
    expect(normalizeErasmusCode(input)).toBeNull();
  });
});

describe("SCHAC codes and PICs", () => {
  it("takes a domain name, lower-cased", () => {
    expect(normalizeSchacCode("Uni-Heidelberg.DE")).toBe("uni-heidelberg.de");
    expect(normalizeSchacCode("khazar.org.")).toBe("khazar.org");
    expect(normalizeSchacCode("not a domain")).toBeNull();
    expect(normalizeSchacCode("localhost")).toBeNull();
    expect(normalizeSchacCode("-bad.example.org")).toBeNull();
    expect(normalizeSchacCode("https://uni.edu")).toBeNull();
  });

  it("takes exactly nine digits, spaces ignored", () => {
    expect(normalizePic("999 888 777")).toBe("999888777");
    expect(normalizePic("12345678")).toBeNull();
    expect(normalizePic("1234567890")).toBeNull();
    expect(normalizePic("12345678A")).toBeNull();
  });
});

describe("slugs", () => {
  it("makes URL-friendly slugs from names in any of the portal's languages", () => {
    expect(slugify("Université Paris 8")).toBe("universite-paris-8");
    expect(slugify("Bakı Dövlət Universiteti")).toBe("baki-dovlet-universiteti");
    expect(slugify("Московский государственный университет")).toBe("moskovskiy-gosudarstvennyy-universitet");
    expect(slugify("!!!")).toBe("item");
  });

  it("picks the first free numbered slug", () => {
    expect(firstFreeSlug("uni", new Set())).toBe("uni");
    expect(firstFreeSlug("uni", new Set(["uni", "uni-2"]))).toBe("uni-3");
  });
});
