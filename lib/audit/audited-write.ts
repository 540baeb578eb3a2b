import "server-only";
import { db, type TransactionClient } from "@/lib/db/client";
import { getClientIp } from "@/lib/auth/client-ip";
import { recordAudit, type AuditEntry } from "./record-audit";

export type AuditFn = (entry: Omit<AuditEntry, "actor" | "ip">) => Promise<void>;

/**
 * Runs a staff write in one transaction with its audit rows: `fn` gets the transaction client and
 * an `audit` function bound to it and to the actor. If anything throws, the change and its audit
 * rows are rolled back together.
 */
export async function auditedWrite<T>(
  actor: { id: string } | null,
  fn: (tx: TransactionClient, audit: AuditFn) => Promise<T>,
): Promise<T> {
  const ip = await getClientIp();
  return db.$transaction(async (tx) => {
    const audit: AuditFn = (entry) => recordAudit(tx, { ...entry, actor, ip });
    return fn(tx, audit);
  });
}
