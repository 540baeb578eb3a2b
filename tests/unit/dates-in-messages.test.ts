import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { namespaces } from "@/i18n/namespaces";
import { formatDay } from "@/lib/dates/format";

/**
 * A Russian long date ends in its own full stop ("5 декабря 2026 г."), so a message that puts a
 * full stop after a date argument reads "5 декабря 2026 г..". Every Russian message is checked:
 * a date-like argument ({date}, {deadline}, {until}…) must not be followed directly by ".".
 */

const DATE_ARGUMENT = /^(date|day|deadline|until|since|from|to|start|end|on|when|expires|expiry|endDate|startDate)$/i;

function leaves(node: unknown, prefix = ""): { key: string; value: string }[] {
  if (node !== null && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return typeof node === "string" ? [{ key: prefix, value: node }] : [];
}

/** Date arguments directly followed by a full stop, anywhere in the message (plural branches too). */
function dateThenFullStop(elements: MessageFormatElement[]): string[] {
  const found: string[] = [];
  elements.forEach((element, index) => {
    const next = elements[index + 1];
    if ((element.type === TYPE.argument || element.type === TYPE.date) && DATE_ARGUMENT.test(element.value)) {
      if (next?.type === TYPE.literal && next.value.startsWith(".")) found.push(`{${element.value}}.`);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) found.push(...dateThenFullStop(option.value));
    }
    if (element.type === TYPE.tag) found.push(...dateThenFullStop(element.children));
  });
  return found;
}

describe("Russian dates in messages", () => {
  it("a long Russian date carries its own full stop", () => {
    expect(formatDay(new Date("2026-12-05T10:00:00Z"), { locale: "ru", timeZone: "Asia/Baku" })).toBe("5 декабря 2026 г.");
  });

  it("no message adds a second full stop after a date", () => {
    const offenders = namespaces.flatMap((namespace) => {
      const file = path.join(import.meta.dirname, "../../messages/ru", `${namespace}.json`);
      const catalogue: unknown = JSON.parse(readFileSync(file, "utf8"));
      return leaves(catalogue).flatMap(({ key, value }) =>
        dateThenFullStop(parse(value, { ignoreTag: true })).map((match) => `${namespace}.${key}: ${match}`),
      );
    });
    expect(offenders).toEqual([]);
  });
});
