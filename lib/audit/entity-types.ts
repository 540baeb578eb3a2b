import { Prisma } from "@/lib/generated/prisma/browser";

/**
 * The record types of the audit log. New rows store the Prisma model name ("MobilityProgram"); rows
 * written before that rule store an older spelling ("opportunity", "program"), and the log is
 * write-once, so old spellings are translated whenever the log is read, never rewritten.
 */

export type AuditEntityType = Prisma.ModelName;

export const AUDIT_ENTITY_TYPES = Object.values(Prisma.ModelName) as readonly AuditEntityType[];

/** Older names that are not just a model name in another case. */
const LEGACY_NAMES: Readonly<Record<string, AuditEntityType>> = { program: "MobilityProgram" };

const BY_LOWER_CASE = new Map<string, AuditEntityType>([
  ...AUDIT_ENTITY_TYPES.map((name) => [name.toLowerCase(), name] as const),
  ...Object.entries(LEGACY_NAMES),
]);

/** The model a stored `entityType` stands for ("opportunity" → "Opportunity"), or null if none. */
export function auditEntityTypeOf(stored: string): AuditEntityType | null {
  return BY_LOWER_CASE.get(stored.trim().toLowerCase()) ?? null;
}

/**
 * Every spelling rows of this model may be stored under, for filtering the log by type: the model
 * name, its lower-case form, and the legacy names that map to it.
 */
export function storedSpellingsOf(type: AuditEntityType): string[] {
  const legacy = Object.entries(LEGACY_NAMES)
    .filter(([, model]) => model === type)
    .map(([name]) => name);
  return [...new Set([type, type.toLowerCase(), ...legacy])];
}
