import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { fromIsoDay, todayIso } from "./dates";
import { recordVersion } from "./records";

/** At most this many per run: a first run on years of imported data catches up over a few days. */
const BATCH = 2_000;

/**
 * The lifecycle's last step, taken by the daily job instead of being left to someone's memory:
 * every ACTIVE agreement whose end date has passed becomes EXPIRED. Each one in its own transaction
 * with its version (changed by the system: no user) and its audit row. The update is guarded by the
 * version and status read, so an officer's simultaneous save or a second instance's run makes this
 * one a no-op for that agreement rather than overwriting anything.
 */
export async function expireEndedAgreements(now: Date = new Date()): Promise<{ expired: number }> {
  const due = await db.agreement.findMany({
    where: { status: "ACTIVE", endsOn: { lt: fromIsoDay(todayIso(now)) } },
    select: { id: true, version: true },
    orderBy: [{ endsOn: "asc" }, { id: "asc" }],
    take: BATCH,
  });
  let expired = 0;
  for (const { id, version } of due) {
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.agreement.updateMany({
        where: { id, version, status: "ACTIVE" },
        data: { status: "EXPIRED", version: { increment: 1 } },
      });
      if (count === 0) return false;
      const snapshot = await recordVersion(tx, id, version + 1, null);
      await recordAudit(tx, {
        actor: null,
        ip: null,
        action: "agreement.expire",
        entityType: "Agreement",
        entityId: id,
        before: { status: "ACTIVE" },
        after: { status: snapshot.status },
      });
      return true;
    });
    if (changed) expired++;
  }
  return { expired };
}
