import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { countUnitReferences, totalReferences, type UnitReferenceCounts } from "./references";

const unitRowSelect = {
  id: true,
  code: true,
  name: true,
  translations: true,
  kind: true,
  archivedAt: true,
  version: true,
  _count: { select: { users: true, agreements: true } },
} satisfies Prisma.UnitSelect;

export type UnitRow = Prisma.UnitGetPayload<{ select: typeof unitRowSelect }>;

/** Every unit for the administration list, active ones first, with how many people and agreements each has. */
export async function listUnits(user: SessionUser | null): Promise<UnitRow[]> {
  requirePermission(user, "unit:manage");
  return db.unit.findMany({
    where: scopeWhere(user, "unit:manage"),
    select: unitRowSelect,
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
}

/** One unit for its edit page, or null when unknown or out of the user's reach. */
export async function getUnit(user: SessionUser | null, id: string): Promise<UnitRow | null> {
  requirePermission(user, "unit:manage");
  return db.unit.findFirst({ where: { AND: [scopeWhere(user, "unit:manage"), { id }] }, select: unitRowSelect });
}

export interface UnitMergeTarget {
  id: string;
  code: string;
  name: string;
  version: number;
}

/**
 * What merging a unit would do: how many records of each kind point at it (the confirmation states
 * them), and the active units it can be merged into, with the versions the merge checks.
 */
export async function getUnitMergePreview(
  user: SessionUser | null,
  id: string,
): Promise<{ counts: UnitReferenceCounts; total: number; targets: UnitMergeTarget[] }> {
  requirePermission(user, "unit:manage");
  const [counts, targets] = await Promise.all([
    countUnitReferences(db, id),
    db.unit.findMany({
      where: { AND: [scopeWhere(user, "unit:manage"), { archivedAt: null, id: { not: id } }] },
      select: { id: true, code: true, name: true, version: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { counts, total: totalReferences(counts), targets };
}
