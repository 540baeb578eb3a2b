import { toIsoDay } from "./dates";

/**
 * What an AgreementVersion stores: every field a person edits or a transition changes, the partner
 * ids and the cooperation conditions, in a stable JSON shape (days as ISO strings, numbers as
 * numbers). `readSnapshot` also accepts older shapes (the demo seed stores ISO timestamps and no
 * conditions), so history never breaks on a missing key.
 */

export interface ConditionSnapshot {
  direction: string;
  mobilityType: string;
  level: string | null;
  iscedCode: string | null;
  placesPerYear: number;
  monthsPerPlace: number | null;
  daysPerPlace: number | null;
  language: string | null;
  languageLevel: string | null;
  fromAcademicYear: number | null;
  toAcademicYear: number | null;
}

export interface AgreementSnapshot {
  referenceNumber: string;
  title: string;
  kind: string;
  status: string;
  unitId: string;
  responsibleId: string | null;
  scope: string[];
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  renewalType: string;
  noticePeriodDays: number | null;
  internalNotes: string;
  terminatedOn: string | null;
  predecessorId: string | null;
  partnerIds: string[];
  conditions: ConditionSnapshot[];
}

type NumberLike = number | string | { toString(): string } | null | undefined;

function toNumber(value: NumberLike): number | null {
  if (value === null || value === undefined || value === "") return null;
  const number = typeof value === "number" ? value : Number(value.toString());
  return Number.isFinite(number) ? number : null;
}

/** The stored row shape this module needs (a Prisma row with partners and conditions fits it). */
export interface AgreementRecord {
  referenceNumber: string;
  title: string;
  kind: string;
  status: string;
  unitId: string;
  responsibleId: string | null;
  scope: readonly string[];
  signedOn: Date | string | null;
  startsOn: Date | string | null;
  endsOn: Date | string | null;
  renewalType: string;
  noticePeriodDays: number | null;
  internalNotes: string;
  terminatedOn: Date | string | null;
  predecessorId: string | null;
  partners: readonly { partnerId: string }[];
  conditions: readonly {
    direction: string;
    mobilityType: string;
    level: string | null;
    iscedCode: string | null;
    placesPerYear: number;
    monthsPerPlace: NumberLike;
    daysPerPlace: number | null;
    language: string | null;
    languageLevel: string | null;
    fromAcademicYear: number | null;
    toAcademicYear: number | null;
  }[];
}

export function toConditionSnapshot(condition: AgreementRecord["conditions"][number]): ConditionSnapshot {
  return {
    direction: condition.direction,
    mobilityType: condition.mobilityType,
    level: condition.level ?? null,
    iscedCode: condition.iscedCode ?? null,
    placesPerYear: condition.placesPerYear,
    monthsPerPlace: toNumber(condition.monthsPerPlace),
    daysPerPlace: condition.daysPerPlace ?? null,
    language: condition.language || null,
    languageLevel: condition.languageLevel ?? null,
    fromAcademicYear: condition.fromAcademicYear ?? null,
    toAcademicYear: condition.toAcademicYear ?? null,
  };
}

/** The snapshot of a stored agreement. Partner ids are sorted: their order carries no meaning. */
export function toSnapshot(record: AgreementRecord): AgreementSnapshot {
  return {
    referenceNumber: record.referenceNumber,
    title: record.title,
    kind: record.kind,
    status: record.status,
    unitId: record.unitId,
    responsibleId: record.responsibleId,
    scope: [...record.scope],
    signedOn: toIsoDay(record.signedOn),
    startsOn: toIsoDay(record.startsOn),
    endsOn: toIsoDay(record.endsOn),
    renewalType: record.renewalType,
    noticePeriodDays: record.noticePeriodDays,
    internalNotes: record.internalNotes,
    terminatedOn: toIsoDay(record.terminatedOn),
    predecessorId: record.predecessorId,
    partnerIds: record.partners.map((p) => p.partnerId).sort(),
    conditions: record.conditions.map(toConditionSnapshot),
  };
}

function text(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function day(value: unknown): string | null {
  return typeof value === "string" && value.length >= 10 ? value.slice(0, 10) : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A stored snapshot (JSON of any age) in the current shape. */
export function readSnapshot(json: unknown): AgreementSnapshot {
  const source = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const conditions = Array.isArray(source.conditions) ? (source.conditions as Record<string, unknown>[]) : [];
  return {
    referenceNumber: text(source.referenceNumber),
    title: text(source.title),
    kind: text(source.kind),
    status: text(source.status, "DRAFT"),
    unitId: text(source.unitId),
    responsibleId: textOrNull(source.responsibleId),
    scope: strings(source.scope),
    signedOn: day(source.signedOn),
    startsOn: day(source.startsOn),
    endsOn: day(source.endsOn),
    renewalType: text(source.renewalType, "NONE"),
    noticePeriodDays: toNumber(source.noticePeriodDays as NumberLike),
    internalNotes: text(source.internalNotes),
    terminatedOn: day(source.terminatedOn),
    predecessorId: textOrNull(source.predecessorId),
    partnerIds: strings(source.partnerIds).sort(),
    conditions: conditions.map((c) =>
      toConditionSnapshot({
        direction: text(c.direction),
        mobilityType: text(c.mobilityType),
        level: textOrNull(c.level),
        iscedCode: textOrNull(c.iscedCode),
        placesPerYear: toNumber(c.placesPerYear as NumberLike) ?? 0,
        monthsPerPlace: c.monthsPerPlace as NumberLike,
        daysPerPlace: toNumber(c.daysPerPlace as NumberLike),
        language: textOrNull(c.language),
        languageLevel: textOrNull(c.languageLevel),
        fromAcademicYear: toNumber(c.fromAcademicYear as NumberLike),
        toAcademicYear: toNumber(c.toAcademicYear as NumberLike),
      }),
    ),
  };
}
