import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isStructurallySame, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales, type AppLocale } from "@/i18n/config";
import { namespaces } from "@/i18n/namespaces";

/**
 * Every catalogue must be complete in every language: a key present in one locale and missing or
 * empty in another would show a raw key (or English) to a reader. Messages must also parse as ICU
 * and use the same arguments everywhere, or a translation would fail or drop a value at runtime.
 */

const messagesDir = path.join(import.meta.dirname, "../../messages");

type Leaf = { key: string; value: unknown };

function fileOf(locale: AppLocale, namespace: string): string {
  return path.join(messagesDir, locale, `${namespace}.json`);
}

function leaves(node: unknown, prefix = ""): Leaf[] {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ key: prefix, value: node }];
}

function loadLeaves(locale: AppLocale, namespace: string): Map<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(fileOf(locale, namespace), "utf8"));
  return new Map(leaves(parsed).map(({ key, value }) => [key, value]));
}

/** Plural messages: `other` always; if any category besides `other` is given, all the language's categories. */
function pluralProblems(elements: MessageFormatElement[], locale: AppLocale): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const problems: string[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      const given = Object.keys(element.options).filter((option) => !option.startsWith("="));
      const unknown = given.filter((option) => !categories.includes(option));
      if (unknown.length > 0) problems.push(`{${element.value}} has categories ${unknown.join(", ")} that ${locale} does not use`);
      if (!given.includes("other")) problems.push(`{${element.value}} lacks "other"`);
      const missing = categories.filter((category) => !given.includes(category));
      if (given.some((option) => option !== "other") && missing.length > 0) {
        problems.push(`{${element.value}} lacks ${locale} categories ${missing.join(", ")}`);
      }
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) problems.push(...pluralProblems(option.value, locale));
    }
    if (element.type === TYPE.tag) problems.push(...pluralProblems(element.children, locale));
  }
  return problems;
}

describe("message catalogues", () => {
  it("has a file for every namespace listed in i18n/namespaces.ts, in every locale", () => {
    const missing = locales.flatMap((locale) =>
      namespaces.filter((namespace) => !existsSync(fileOf(locale, namespace))).map((namespace) => `${locale}/${namespace}.json`),
    );
    expect(missing).toEqual([]);
  });

  it("lists every catalogue file in i18n/namespaces.ts (unlisted files are never loaded)", () => {
    const unlisted = locales.flatMap((locale) =>
      readdirSync(path.join(messagesDir, locale))
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.replace(/\.json$/, ""))
        .filter((namespace) => !(namespaces as readonly string[]).includes(namespace))
        .map((namespace) => `${locale}/${namespace}.json`),
    );
    expect(unlisted).toEqual([]);
  });

  describe.each(namespaces.filter((namespace) => locales.every((locale) => existsSync(fileOf(locale, namespace)))))(
    "namespace %s",
    (namespace) => {
      const catalogues = new Map(locales.map((locale) => [locale, loadLeaves(locale, namespace)]));
      const allKeys = new Set([...catalogues.values()].flatMap((catalogue) => [...catalogue.keys()]));

      it("has every key in every locale, with a non-empty text", () => {
        const problems: string[] = [];
        for (const [locale, catalogue] of catalogues) {
          for (const key of allKeys) {
            const value = catalogue.get(key);
            if (value === undefined) problems.push(`${locale}: missing ${key}`);
            else if (typeof value !== "string") problems.push(`${locale}: ${key} is not a text`);
            else if (value.trim() === "") problems.push(`${locale}: ${key} is empty`);
          }
        }
        expect(problems).toEqual([]);
      });

      it("parses as ICU and uses the same arguments as the default locale", () => {
        const reference = catalogues.get(defaultLocale)!;
        const problems: string[] = [];
        for (const [locale, catalogue] of catalogues) {
          for (const [key, value] of catalogue) {
            if (typeof value !== "string") continue;
            let elements: MessageFormatElement[];
            try {
              elements = parse(value);
            } catch (error) {
              problems.push(`${locale}: ${key} is not valid ICU (${(error as Error).message})`);
              continue;
            }
            problems.push(...pluralProblems(elements, locale).map((problem) => `${locale}: ${key} ${problem}`));
            const referenceValue = reference.get(key);
            if (locale === defaultLocale || typeof referenceValue !== "string") continue;
            const same = isStructurallySame(parse(referenceValue), elements);
            if (!same.success) problems.push(`${locale}: ${key} differs from ${defaultLocale}: ${same.error?.message}`);
          }
        }
        expect(problems).toEqual([]);
      });
    },
  );
});
