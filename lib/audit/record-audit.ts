import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getClientIp } from "@/lib/auth/client-ip";

export interface AuditEntry {
  /** Who did it: a user (or just their id), or null for the system (scheduled jobs, seed). */
  actor: { id: string } | null;
  /** `<entity>.<verb>`, e.g. "user.invite", "agreement.update". */
  action: string;
  /** The Prisma model the row is about ("Agreement", "MobilityProgram"), checked against the schema. */
  entityType: Prisma.ModelName;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Defaults to the current request's client address. */
  ip?: string | null;
}

/** Never copied into the log, whatever a caller passes in `before`/`after`. */
const SECRET_KEYS = new Set(["password", "passwordHash", "tokenHash", "token", "currentPassword", "newPassword"]);

/** A JSON-safe copy without secrets: dates become ISO strings, BigInt and Decimal strings. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const json = JSON.stringify(value, (key, v: unknown) => {
    if (SECRET_KEYS.has(key)) return undefined;
    if (typeof v === "bigint") return v.toString();
    return v;
  });
  return json === undefined ? undefined : (JSON.parse(json) as Prisma.InputJsonValue);
}

/**
 * Writes one audit row. It must run on the transaction client of the change it describes, so the
 * change and its record commit or roll back together; the plain `db` client is refused.
 */
export async function recordAudit(tx: TransactionClient, entry: AuditEntry): Promise<void> {
  // Only the root client can connect; an interactive transaction's client cannot.
  if (typeof (tx as { $connect?: unknown }).$connect === "function") {
    throw new Error("recordAudit must be given the transaction client of the change, not the db client");
  }
  const ip = entry.ip === undefined ? await getClientIp() : entry.ip;
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      ip,
    },
  });
}
