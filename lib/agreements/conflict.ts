import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { describeDiff } from "./describe-diff";
import { diffSnapshots } from "./diff";
import { readSnapshot, type AgreementSnapshot } from "./snapshot";

/**
 * The refusal of a save made from an out-of-date version: it says who saved since, which version
 * is current and what changed between the version the person started from and the current one.
 * The changes travel as JSON in the message values (ActionResult carries no other payload); the
 * form shows them as a list.
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
