import "server-only";
import { randomBytes } from "node:crypto";
import type { TransactionClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromIsoDay } from "./dates";
import type { AgreementInput, ConditionInput } from "./schemas";
import { toSnapshot, type AgreementSnapshot } from "./snapshot";

/** Everything a snapshot, a form or a lifecycle check needs of a stored agreement. */
export const agreementRecordSelect = {
  id: true,
  referenceNumber: true,
  title: true,
  kind: true,
  status: true,
  unitId: true,
  responsibleId: true,
  scope: true,
  signedOn: true,
  startsOn: true,
  endsOn: true,
  renewalType: true,
  noticePeriodDays: true,
  internalNotes: true,
  terminatedOn: true,
  predecessorId: true,
  version: true,
  partners: { select: { partnerId: true } },
  conditions: {
    select: {
      direction: true,
      mobilityType: true,
      level: true,
      iscedCode: true,
      placesPerYear: true,
      monthsPerPlace: true,
      daysPerPlace: true,
      language: true,
      languageLevel: true,
      fromAcademicYear: true,
      toAcademicYear: true,
    },
    // Ids are time-ordered (see orderedIds), so this is the order the rows were entered in.
    orderBy: { id: "asc" },
  },
} satisfies Prisma.AgreementSelect;

export type AgreementRecordRow = Prisma.AgreementGetPayload<{ select: typeof agreementRecordSelect }>;

export async function loadAgreementRecord(
  tx: TransactionClient,
  where: Prisma.AgreementWhereInput,
): Promise<(AgreementRecordRow & { snapshot: AgreementSnapshot }) | null> {
  const row = await tx.agreement.findFirst({ where, select: agreementRecordSelect });
  return row ? { ...row, snapshot: toSnapshot(row) } : null;
}

/**
 * UUIDs (version 7 layout) that sort in the order they are made: a millisecond timestamp, then the
 * position in the batch, then random bits. Cooperation conditions have no position column, so
 * their ids carry the order the person entered them in.
 */
export function orderedIds(count: number, now: number = Date.now()): string[] {
  const time = now.toString(16).padStart(12, "0").slice(-12);
  return Array.from({ length: count }, (_, index) => {
    const sequence = (0x7000 | (index & 0x0fff)).toString(16);
    const random = randomBytes(8);
    random[0] = (random[0]! & 0x3f) | 0x80;
    const tail = random.toString("hex");
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-${sequence}-${tail.slice(0, 4)}-${tail.slice(4, 16)}`;
  });
}

export function conditionRows(agreementId: string, conditions: readonly ConditionInput[]): Prisma.CooperationConditionCreateManyInput[] {
  const ids = orderedIds(conditions.length);
  return conditions.map((condition, index) => ({ id: ids[index]!, agreementId, ...condition }));
}

/** The Agreement columns a person edits through the form (the reference number decided by then). */
export function agreementColumns(input: AgreementInput & { referenceNumber: string }) {
  const day = (value: string | null) => (value ? fromIsoDay(value) : null);
  return {
    referenceNumber: input.referenceNumber,
    title: input.title,
    kind: input.kind,
    unitId: input.unitId,
    responsibleId: input.responsibleId,
    scope: input.scope,
    signedOn: day(input.signedOn),
    startsOn: day(input.startsOn),
    endsOn: day(input.endsOn),
    renewalType: input.renewalType,
    noticePeriodDays: input.renewalType === "BY_NOTICE" ? input.noticePeriodDays : null,
    internalNotes: input.internalNotes,
  };
}

/** Records the agreement's state after a save as version `version`, read back from the database. */
export async function recordVersion(
  tx: TransactionClient,
  agreementId: string,
  version: number,
  changedById: string | null,
): Promise<AgreementSnapshot> {
  const saved = await loadAgreementRecord(tx, { id: agreementId });
  if (!saved) throw new Error(`agreement ${agreementId} vanished inside its own transaction`);
  await tx.agreementVersion.create({
    data: { agreementId, version, snapshot: saved.snapshot as unknown as Prisma.InputJsonValue, changedById },
  });
  return saved.snapshot;
}
