import { createHash } from "node:crypto";

/**
 * A UUID derived from a name (the UUID v5 layout over SHA-1), so the demo seed gives every record
 * the same id on every run and can upsert records that have no natural unique key.
 */
export function stableId(kind: string, key: string): string {
  const hash = createHash("sha1").update(`iro-demo:${kind}:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** URL-friendly form of a name: "Université Paris 8" → "universite-paris-8". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/ə/g, "e")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/** A date `days` from `base` at midnight UTC (for @db.Date columns). */
export function daysFrom(base: Date, days: number): Date {
  const date = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate()));
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

/** Deterministic pseudo-random choices, so the demo looks varied but is the same on every run. */
export function pick<T>(items: readonly T[], seed: string): T {
  const n = createHash("sha1").update(seed).digest().readUInt32BE(0);
  return items[n % items.length]!;
}
