import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";

export interface StatusChange {
  applicationId: string;
  fromStatus: ApplicationStatus;
  toStatus: ApplicationStatus;
  note?: string;
  isPlacesOverride?: boolean;
}

/**
 * Records status changes (who, when, from, to) and their audit rows inside the caller's
 * transaction, so an application never changes status without a trace, nor a trace without the change.
 */
export async function recordStatusChanges(
  tx: TransactionClient,
  actor: { id: string },
  changes: readonly StatusChange[],
  ip: string | null,
): Promise<void> {
  if (changes.length === 0) return;
  await tx.applicationStatusChange.createMany({
    data: changes.map((change) => ({
      applicationId: change.applicationId,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      changedById: actor.id,
      note: change.note ?? "",
      isPlacesOverride: change.isPlacesOverride ?? false,
    })),
  });
  for (const change of changes) {
    await recordAudit(tx, {
      actor,
      action: change.isPlacesOverride ? "application.places-override" : "application.status",
      entityType: "Application",
      entityId: change.applicationId,
      before: { status: change.fromStatus },
      after: { status: change.toStatus, note: change.note || undefined, isPlacesOverride: change.isPlacesOverride || undefined },
      ip,
    });
  }
}
