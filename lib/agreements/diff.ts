import type { AgreementSnapshot, ConditionSnapshot } from "./snapshot";

/**
 * Field-by-field difference between two agreement snapshots, in the order the form shows the
 * fields. Lists whose order carries no meaning (scope, partners) and the cooperation conditions are
 * compared as collections: what was added and what was removed. A changed condition therefore
 * reads as the old row removed and the new one added. Pure, unit-tested.
 */

export const VALUE_FIELDS = [
  "referenceNumber",
  "title",
  "kind",
  "status",
  "unitId",
  "responsibleId",
  "signedOn",
  "startsOn",
  "endsOn",
  "renewalType",
  "noticePeriodDays",
  "terminatedOn",
  "predecessorId",
  "internalNotes",
] as const satisfies readonly (keyof AgreementSnapshot)[];

export type ValueField = (typeof VALUE_FIELDS)[number];
export type SetField = "scope" | "partnerIds";
export type DiffField = ValueField | SetField | "conditions";

export type DiffEntry =
  | { kind: "value"; field: ValueField; before: string | number | null; after: string | number | null }
  | { kind: "set"; field: SetField; added: string[]; removed: string[] }
  | { kind: "conditions"; field: "conditions"; added: ConditionSnapshot[]; removed: ConditionSnapshot[] };

/** Field order of the diff (and of the form). */
const ORDER: readonly DiffField[] = [
  "referenceNumber",
  "title",
  "kind",
  "status",
  "partnerIds",
  "unitId",
  "responsibleId",
  "scope",
  "signedOn",
  "startsOn",
  "endsOn",
  "renewalType",
  "noticePeriodDays",
  "terminatedOn",
  "predecessorId",
  "conditions",
  "internalNotes",
];

/** Items of `a` not matched one-for-one in `b` (a multiset difference). */
function minus<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const remaining = new Map<string, number>();
  for (const item of b) remaining.set(key(item), (remaining.get(key(item)) ?? 0) + 1);
  const result: T[] = [];
  for (const item of a) {
    const k = key(item);
    const left = remaining.get(k) ?? 0;
    if (left > 0) remaining.set(k, left - 1);
    else result.push(item);
  }
  return result;
}

/** A condition's identity for comparison: all its values, in a fixed key order. */
export function conditionKey(condition: ConditionSnapshot): string {
  return JSON.stringify([
    condition.direction,
    condition.mobilityType,
    condition.level,
    condition.iscedCode,
    condition.placesPerYear,
    condition.monthsPerPlace,
    condition.daysPerPlace,
    condition.language,
    condition.languageLevel,
    condition.fromAcademicYear,
    condition.toAcademicYear,
  ]);
}

function diffField(field: DiffField, before: AgreementSnapshot, after: AgreementSnapshot): DiffEntry | null {
  if (field === "conditions") {
    const added = minus(after.conditions, before.conditions, conditionKey);
    const removed = minus(before.conditions, after.conditions, conditionKey);
    return added.length || removed.length ? { kind: "conditions", field, added, removed } : null;
  }
  if (field === "scope" || field === "partnerIds") {
    const added = minus(after[field], before[field], String);
    const removed = minus(before[field], after[field], String);
    return added.length || removed.length ? { kind: "set", field, added, removed } : null;
  }
  const a = before[field];
  const b = after[field];
  return a === b ? null : { kind: "value", field, before: a, after: b };
}

/** What changed from `before` to `after`; empty when nothing did. */
export function diffSnapshots(before: AgreementSnapshot, after: AgreementSnapshot): DiffEntry[] {
  return ORDER.map((field) => diffField(field, before, after)).filter((entry): entry is DiffEntry => entry !== null);
}
