import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { describeDiff } from "./describe-diff";
import { diffSnapshots } from "./diff";
import { loadAgreementRecord } from "./records";
import { readSnapshot, type AgreementSnapshot } from "./snapshot";

/**
 * The refusal of a save made from an out-of-date version: it says who saved since, which version
 * is current and what changed between the version the person started from and the current one.
 * The changes travel as JSON in the message values (ActionResult carries no other payload); the
 * form shows them as a list. The key contains "stale", so the form also offers to reload.
 */
export async function staleVersionError(
  tx: TransactionClient,
  agreementId: string,
  submittedVersion: number,
  current: { version: number; snapshot: AgreementSnapshot },
): Promise<AppError> {
  const [base, latest] = await Promise.all([
    tx.agreementVersion.findUnique({
      where: { agreementId_version: { agreementId, version: submittedVersion } },
      select: { snapshot: true },
    }),
    tx.agreementVersion.findFirst({
      where: { agreementId },
      orderBy: { version: "desc" },
      select: { changedAt: true, changedBy: { select: { name: true } } },
    }),
  ]);
  const changes = base ? await describeDiff(diffSnapshots(readSnapshot(base.snapshot), current.snapshot), tx) : [];
  return new AppError("CONFLICT", {
    messageKey: "agreements.errors.staleVersion",
    values: {
      yourVersion: submittedVersion,
      currentVersion: current.version,
      changedBy: latest?.changedBy?.name ?? "—",
      changedAt: latest?.changedAt.toISOString() ?? "",
      changes: JSON.stringify(changes),
    },
  });
}

/**
 * For `updateAtVersion(...).catch(...)`: a save that lost the race to a concurrent one (the version
 * moved between reading and writing) gets the same detailed refusal as one started from an old
 * version. Anything else is rethrown unchanged.
 */
export function explainStaleWrite(tx: TransactionClient, agreementId: string, submittedVersion: number) {
  return async (error: unknown): Promise<never> => {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    const latest = await loadAgreementRecord(tx, { id: agreementId });
    throw latest ? await staleVersionError(tx, agreementId, submittedVersion, latest) : new AppError("NOT_FOUND");
  };
}
