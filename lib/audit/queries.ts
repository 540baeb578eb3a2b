import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { auditEntityTypeOf, storedSpellingsOf, type AuditEntityType } from "./entity-types";
import { labelAuditRecords, type AuditRecordView } from "./labels";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 25;

const auditEntrySelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  ip: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

export interface AuditEntryRow {
  id: string;
  at: Date;
  action: string;
  /** The model the row is about, legacy spellings read as the model; null for an unknown type. */
  entityType: AuditEntityType | null;
  /** The type as stored, shown as it is when it names no model. */
  storedEntityType: string;
  entityId: string;
  /** The record by its human label and page, resolved for the whole page at once. */
  record: AuditRecordView;
  before: unknown;
  after: unknown;
  ip: string | null;
  actor: { id: string; name: string; email: string } | null;
}

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00`);
}

function filterWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput[] = [];
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.actor) {
    where.push({
      actor: {
        OR: [
          { email: { contains: filter.actor, mode: "insensitive" } },
          { name: { contains: filter.actor, mode: "insensitive" } },
        ],
      },
    });
  }
  if (filter.entityType) where.push({ entityType: { in: storedSpellingsOf(filter.entityType) } });
  if (filter.entityId) where.push({ entityId: filter.entityId });
  if (filter.from) where.push({ at: { gte: dayStart(filter.from) } });
  if (filter.to) {
    // The "to" day is included: everything before the next midnight.
    const end = dayStart(filter.to);
    end.setDate(end.getDate() + 1);
    where.push({ at: { lt: end } });
  }
  return { AND: where };
}

/** A page of the audit log, newest first, for users allowed to read it. */
export async function listAuditEntries(
  user: SessionUser | null,
  filter: AuditFilter,
): Promise<{ rows: AuditEntryRow[]; total: number; page: number; pageSize: number }> {
  requirePermission(user, "audit:read");
  const where: Prisma.AuditLogWhereInput = { AND: [scopeWhere(user, "audit:read"), filterWhere(filter)] };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      select: auditEntrySelect,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const entries = rows.map((row) => ({ ...row, id: row.id.toString(), entityType: auditEntityTypeOf(row.entityType), storedEntityType: row.entityType }));
  const records = await labelAuditRecords(user, entries);
  return {
    rows: entries.map((entry, index) => ({ ...entry, record: records[index]! })),
    total,
    page: filter.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

/** The record types present in the log (legacy spellings merged into their model), for the filter's choices. */
export async function listAuditEntityTypes(user: SessionUser | null): Promise<AuditEntityType[]> {
  requirePermission(user, "audit:read");
  const rows = await db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true } });
  const types = new Set(rows.map((row) => auditEntityTypeOf(row.entityType)).filter((type) => type !== null));
  return [...types].sort();
}
