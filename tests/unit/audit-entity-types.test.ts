import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/config";
import { AUDIT_ENTITY_TYPES, auditEntityTypeOf, storedSpellingsOf } from "@/lib/audit/entity-types";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { Prisma } from "@/lib/generated/prisma/browser";

/**
 * The audit log names what a row is about by its Prisma model, so the log can be filtered, labelled
 * and linked by type. These tests read the sources, so a write that names its record some other way
 * ("program", "opportunity") fails here before it reaches the log.
 */

const root = path.join(import.meta.dirname, "../..");
const SOURCE_DIRS = ["lib", "app", "prisma/seed", "scripts"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(relative);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

const sources = SOURCE_DIRS.flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));

/** Every entity type a source file writes: `entityType: "Partner"`, or `entityType: ENTITY` with `const ENTITY = "…"`. */
function writtenEntityTypes(): { file: string; value: string }[] {
  const found: { file: string; value: string }[] = [];
  for (const { file, text } of sources) {
    for (const match of text.matchAll(/entityType:\s*["'`]([^"'`]*)["'`]/g)) found.push({ file, value: match[1]! });
    for (const match of text.matchAll(/entityType:\s*([A-Z][A-Z0-9_]*)\b/g)) {
      const constant = new RegExp(`const ${match[1]}\\b[^=]*=\\s*["'\`]([^"'\`]*)["'\`]`).exec(text);
      found.push({ file, value: constant?.[1] ?? `<${match[1]} is not a string constant in this file>` });
    }
  }
  return found;
}

/** Every action name written as a literal: `action: "partner.create"`, both sides of `cond ? "a" : "b"`. */
function writtenActions(): string[] {
  const actions = new Set<string>();
  for (const { text } of sources) {
    for (const match of text.matchAll(/\baction:\s*([^,\n}]+)/g)) {
      for (const literal of match[1]!.matchAll(/"([a-z]+(?:\.[a-z-]+)+)"/g)) actions.add(literal[1]!);
    }
  }
  return [...actions].sort();
}

function adminCatalogue(locale: string): { audit: { entityTypes: Record<string, string>; actions: Record<string, unknown> } } {
  return JSON.parse(readFileSync(path.join(root, "messages", locale, "admin.json"), "utf8"));
}

function has(tree: Record<string, unknown>, dotted: string): boolean {
  const leaf = dotted.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof leaf === "string" && leaf.length > 0;
}

describe("audited entity types", () => {
  it("are Prisma model names wherever the code base writes one", () => {
    const written = writtenEntityTypes();
    // Agreements, partners, centers, programs, opportunities, applications, mobility and users are all audited.
    expect(new Set(written.map((entry) => entry.value)).size).toBeGreaterThanOrEqual(8);
    const models = new Set<string>(Object.values(Prisma.ModelName));
    expect(written.filter((entry) => !models.has(entry.value))).toEqual([]);
  });

  it("reads legacy spellings as their model, in any case", () => {
    expect(auditEntityTypeOf("opportunity")).toBe("Opportunity");
    expect(auditEntityTypeOf("program")).toBe("MobilityProgram");
    expect(auditEntityTypeOf("MOBILITYRECORD")).toBe("MobilityRecord");
    expect(auditEntityTypeOf("Partner")).toBe("Partner");
    expect(auditEntityTypeOf("nonsense")).toBeNull();
    expect(storedSpellingsOf("MobilityProgram").sort()).toEqual(["MobilityProgram", "mobilityprogram", "program"]);
  });

  it("filters by model name whatever the spelling in the URL, and ignores an unknown type", () => {
    expect(auditFilterSchema.parse({ entityType: "program" }).entityType).toBe("MobilityProgram");
    expect(auditFilterSchema.parse({ entityType: ["partner", "x"] }).entityType).toBe("Partner");
    expect(auditFilterSchema.parse({ entityType: "DROP TABLE" }).entityType).toBeUndefined();
  });

  it.each(locales)("have a name in the reader's language for every model (%s)", (locale) => {
    const { entityTypes } = adminCatalogue(locale).audit;
    expect(AUDIT_ENTITY_TYPES.filter((type) => !entityTypes[type])).toEqual([]);
  });

  it("have a name in the reader's language for every action the code base writes", () => {
    const actions = writtenActions();
    expect(actions.length).toBeGreaterThan(20);
    // The other locales are held to the same keys by the catalogue completeness test.
    const catalogue = adminCatalogue("en").audit.actions;
    expect(actions.filter((action) => !has(catalogue, action))).toEqual([]);
  });
});
