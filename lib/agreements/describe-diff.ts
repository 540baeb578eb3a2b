import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { DiffEntry } from "./diff";
import type { ConditionSnapshot } from "./snapshot";

/**
 * A diff ready to show: ids replaced by what a person recognises (unit, officer and partner names,
 * the predecessor's reference). Enum values stay codes, which the page translates.
 */
export type ShownDiffEntry =
  | { kind: "value"; field: string; before: string | number | null; after: string | number | null }
  | { kind: "set"; field: string; added: string[]; removed: string[] }
  | { kind: "conditions"; field: "conditions"; added: ConditionSnapshot[]; removed: ConditionSnapshot[] };

export async function describeDiff(entries: readonly DiffEntry[], client: TransactionClient = db): Promise<ShownDiffEntry[]> {
  const ids = { unit: new Set<string>(), user: new Set<string>(), partner: new Set<string>(), agreement: new Set<string>() };
  for (const entry of entries) {
    if (entry.kind === "value") {
      const target = entry.field === "unitId" ? ids.unit : entry.field === "responsibleId" ? ids.user : entry.field === "predecessorId" ? ids.agreement : null;
      for (const value of [entry.before, entry.after]) if (target && typeof value === "string") target.add(value);
    } else if (entry.kind === "set" && entry.field === "partnerIds") {
      for (const id of [...entry.added, ...entry.removed]) ids.partner.add(id);
    }
  }
  const [units, users, partners, agreements] = await Promise.all([
    ids.unit.size ? client.unit.findMany({ where: { id: { in: [...ids.unit] } }, select: { id: true, name: true } }) : [],
    ids.user.size ? client.user.findMany({ where: { id: { in: [...ids.user] } }, select: { id: true, name: true } }) : [],
    ids.partner.size ? client.partner.findMany({ where: { id: { in: [...ids.partner] } }, select: { id: true, name: true } }) : [],
    ids.agreement.size
      ? client.agreement.findMany({ where: { id: { in: [...ids.agreement] } }, select: { id: true, referenceNumber: true } })
      : [],
  ]);
  const names = new Map<string, string>([
    ...units.map((u) => [u.id, u.name] as const),
    ...users.map((u) => [u.id, u.name] as const),
    ...partners.map((p) => [p.id, p.name] as const),
    ...agreements.map((a) => [a.id, a.referenceNumber] as const),
  ]);
  const name = <T>(value: T) => (typeof value === "string" ? (names.get(value) ?? value) : value);
  return entries.map((entry): ShownDiffEntry => {
    if (entry.kind === "conditions") return entry;
    if (entry.kind === "set") {
      return entry.field === "partnerIds" ? { ...entry, added: entry.added.map(name), removed: entry.removed.map(name) } : entry;
    }
    const resolves = entry.field === "unitId" || entry.field === "responsibleId" || entry.field === "predecessorId";
    return resolves ? { ...entry, before: name(entry.before), after: name(entry.after) } : entry;
  });
}
