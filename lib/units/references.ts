import "server-only";
import type { TransactionClient } from "@/lib/db/client";

/**
 * Every record that points at a unit (prisma/schema.prisma): the unit's foreign keys, and the unit
 * ids a grant-call digest subscription follows. A new column that refers to a unit belongs here,
 * or merging units would leave it behind on the archived unit.
 */
export const UNIT_REFERENCE_KINDS = [
  "users",
  "agreements",
  "opportunities",
  "mobilities",
  "projects",
  "visits",
  "events",
  "internationalStudents",
  "digestSubscriptions",
] as const;

export type UnitReferenceKind = (typeof UNIT_REFERENCE_KINDS)[number];
export type UnitReferenceCounts = Record<UnitReferenceKind, number>;

type Client = Pick<
  TransactionClient,
  "user" | "agreement" | "opportunity" | "mobilityRecord" | "project" | "visit" | "event" | "internationalStudent" | "digestSubscription" | "$executeRaw"
>;

/** How many records of each kind point at the unit. */
export async function countUnitReferences(client: Client, unitId: string): Promise<UnitReferenceCounts> {
  const [users, agreements, opportunities, mobilities, projects, visits, events, internationalStudents, digestSubscriptions] = await Promise.all([
    client.user.count({ where: { unitId } }),
    client.agreement.count({ where: { unitId } }),
    client.opportunity.count({ where: { unitId } }),
    client.mobilityRecord.count({ where: { unitId } }),
    client.project.count({ where: { unitId } }),
    client.visit.count({ where: { hostUnitId: unitId } }),
    client.event.count({ where: { unitId } }),
    client.internationalStudent.count({ where: { unitId } }),
    client.digestSubscription.count({ where: { unitIds: { has: unitId } } }),
  ]);
  return { users, agreements, opportunities, mobilities, projects, visits, events, internationalStudents, digestSubscriptions };
}

/** Moves every reference from one unit to another, in the caller's transaction; answers the counts moved. */
export async function moveUnitReferences(tx: Client, fromId: string, toId: string): Promise<UnitReferenceCounts> {
  // Records edited with optimistic locking move to a new version, so a form opened before the merge
  // is refused (CONFLICT) rather than saving the archived unit back.
  const newVersion = { version: { increment: 1 } };
  // Sequential: statements on one transaction's connection run one after another anyway.
  const users = (await tx.user.updateMany({ where: { unitId: fromId }, data: { unitId: toId } })).count;
  const agreements = (await tx.agreement.updateMany({ where: { unitId: fromId }, data: { unitId: toId, ...newVersion } })).count;
  const opportunities = (await tx.opportunity.updateMany({ where: { unitId: fromId }, data: { unitId: toId, ...newVersion } })).count;
  const mobilities = (await tx.mobilityRecord.updateMany({ where: { unitId: fromId }, data: { unitId: toId } })).count;
  const projects = (await tx.project.updateMany({ where: { unitId: fromId }, data: { unitId: toId, ...newVersion } })).count;
  const visits = (await tx.visit.updateMany({ where: { hostUnitId: fromId }, data: { hostUnitId: toId, ...newVersion } })).count;
  const events = (await tx.event.updateMany({ where: { unitId: fromId }, data: { unitId: toId, ...newVersion } })).count;
  const internationalStudents = (await tx.internationalStudent.updateMany({ where: { unitId: fromId }, data: { unitId: toId, ...newVersion } })).count;
  // A subscription that already follows the target only loses the merged unit: no id twice.
  const digestSubscriptions = await tx.$executeRaw`
    UPDATE "DigestSubscription"
    SET "unitIds" = CASE
      WHEN ${toId}::uuid = ANY("unitIds") THEN array_remove("unitIds", ${fromId}::uuid)
      ELSE array_replace("unitIds", ${fromId}::uuid, ${toId}::uuid)
    END
    WHERE ${fromId}::uuid = ANY("unitIds")`;
  return { users, agreements, opportunities, mobilities, projects, visits, events, internationalStudents, digestSubscriptions };
}

export function totalReferences(counts: UnitReferenceCounts): number {
  return UNIT_REFERENCE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}
