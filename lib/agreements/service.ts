import "server-only";
import { requireSomeScope } from "./access";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { uniqueFieldErrors, uniqueViolationIndex, updateAtVersion } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { can, requirePermission, scopeWhere } from "@/lib/permissions";
import { explainStaleWrite, staleVersionError } from "./conflict";
import { isEditableByUnitStaff } from "./lifecycle";
import { agreementColumns, conditionRows, loadAgreementRecord, recordVersion } from "./records";
import { nextReferenceNumber } from "./reference-number";
import type { AgreementInput, UpdateAgreementInput } from "./schemas";
import { OFFICE_ROLES } from "./staff-roles";

/**
 * Creating and editing agreements. Every save runs in one transaction with its version snapshot
 * and its audit row; edits are conditional on the version the person started from, so two saves
 * from the same version cannot both succeed.
 */

/** Officers and admins may touch every agreement in every status; unit staff only their drafts. */
export function isOfficeWide(user: SessionUser): boolean {
  return can(user, "agreement:update");
}

async function assertReferencesExist(tx: TransactionClient, input: AgreementInput, agreementId: string | null): Promise<void> {
  const [unit, responsible, partners] = await Promise.all([
    tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }),
    input.responsibleId
      ? tx.user.findFirst({ where: { id: input.responsibleId, role: { in: OFFICE_ROLES }, disabledAt: null }, select: { id: true } })
      : null,
    tx.partner.count({
      where: {
        id: { in: input.partnerIds },
        // An archived partner stays on the agreements it already belongs to, but cannot be added anew.
        OR: [{ archivedAt: null }, ...(agreementId ? [{ agreements: { some: { agreementId } } }] : [])],
      },
    }),
  ]);
  if (!unit) throw fieldError("unitId", "agreements.validation.unitRequired");
  if (input.responsibleId && !responsible) throw fieldError("responsibleId", "agreements.validation.responsible");
  if (partners !== input.partnerIds.length) throw fieldError("partnerIds", "agreements.validation.partnerUnknown");
}

async function assertReferenceFree(tx: TransactionClient, referenceNumber: string, exceptId: string | null): Promise<void> {
  const clash = await tx.agreement.findFirst({
    where: { referenceNumber: { equals: referenceNumber, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw fieldError("referenceNumber", "agreements.validation.referenceTaken");
}

/** The same answer for a reference number that a concurrent save took after the check above. */
const referenceTaken = uniqueFieldErrors({ Agreement_referenceNumber_key: ["referenceNumber", "agreements.validation.referenceTaken"] });

/** How often a create asks for a new number after a concurrent save took the one it was given. */
const NUMBERING_ATTEMPTS = 5;

const REFERENCE_INDEX = "Agreement_referenceNumber_key";

/**
 * A new agreement, always a draft. Unit staff may create them for their own unit only. Its
 * reference number comes from the institution's pattern (admin settings); an officer may type
 * another instead, unit staff may not (what they send is ignored). Numbered creates take turns
 * (reference-number.ts), but a number typed by hand at the same moment may still take the one
 * given: the unique index then refuses it, and the agreement is numbered again from scratch.
 */
export async function createAgreement(user: SessionUser, input: AgreementInput): Promise<{ id: string }> {
  requireSomeScope(user, "agreement:create");
  if (!can(user, "agreement:create", { unitId: input.unitId })) {
    requirePermission(user, "agreement:create", { unitId: user.unitId });
    throw fieldError("unitId", "agreements.errors.otherUnit");
  }
  const typed = isOfficeWide(user) ? input.referenceNumber : null;
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertAgreement(user, input, typed);
    } catch (error) {
      const clash = uniqueViolationIndex(error)?.includes(REFERENCE_INDEX) ?? false;
      if (typed !== null || !clash || attempt >= NUMBERING_ATTEMPTS) return referenceTaken(error);
    }
  }
}

async function insertAgreement(user: SessionUser, input: AgreementInput, typedReference: string | null): Promise<{ id: string }> {
  return auditedWrite(user, async (tx, audit) => {
    await assertReferencesExist(tx, input, null);
    let referenceNumber = typedReference;
    if (referenceNumber === null) {
      const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { code: true } });
      referenceNumber = await nextReferenceNumber(tx, unit.code);
    } else {
      await assertReferenceFree(tx, referenceNumber, null);
    }
    const created = await tx.agreement.create({
      data: { ...agreementColumns({ ...input, referenceNumber }), status: "DRAFT", version: 1 },
      select: { id: true },
    });
    await tx.agreementPartner.createMany({ data: input.partnerIds.map((partnerId) => ({ agreementId: created.id, partnerId })) });
    await tx.cooperationCondition.createMany({ data: conditionRows(created.id, input.conditions) });
    const snapshot = await recordVersion(tx, created.id, 1, user.id);
    await audit({ action: "agreement.create", entityType: "Agreement", entityId: created.id, after: snapshot });
    return { id: created.id };
  });
}

/**
 * Saves an edit made from version `input.version`. The checks run on the record as read in the
 * transaction; the write itself only succeeds if the version is still the one read, so nothing
 * checked can have changed in between. A stale version, read or lost in a race, is refused with
 * what changed since (conflict.ts).
 */
export async function updateAgreement(user: SessionUser, input: UpdateAgreementInput): Promise<{ id: string; version: number }> {
  requireSomeScope(user, "agreement:update");
  const { id, version, ...fields } = input;
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadAgreementRecord(tx, { AND: [{ id }, scopeWhere(user, "agreement:read")] });
    if (!current) throw new AppError("NOT_FOUND");
    requirePermission(user, "agreement:update", { unitId: current.unitId });
    if (current.version !== version) throw await staleVersionError(tx, id, version, current);
    if (!isOfficeWide(user) && !isEditableByUnitStaff(current.status)) {
      throw new AppError("FORBIDDEN", { messageKey: "agreements.errors.onlyDrafts" });
    }
    if (fields.unitId !== current.unitId && !can(user, "agreement:update", { unitId: fields.unitId })) {
      throw fieldError("unitId", "agreements.errors.otherUnit");
    }
    // The number was given by the office's pattern; only the office may change it.
    if (!isOfficeWide(user) && fields.referenceNumber !== current.referenceNumber) {
      throw fieldError("referenceNumber", "agreements.validation.referenceFixed");
    }
    await assertReferenceFree(tx, fields.referenceNumber, id);
    await assertReferencesExist(tx, fields, id);

    await updateAtVersion(tx.agreement, { id, version }, agreementColumns(fields)).catch(explainStaleWrite(tx, id, version));
    await tx.agreementPartner.deleteMany({ where: { agreementId: id } });
    await tx.agreementPartner.createMany({ data: fields.partnerIds.map((partnerId) => ({ agreementId: id, partnerId })) });
    await tx.cooperationCondition.deleteMany({ where: { agreementId: id } });
    await tx.cooperationCondition.createMany({ data: conditionRows(id, fields.conditions) });
    const snapshot = await recordVersion(tx, id, version + 1, user.id);
    await audit({ action: "agreement.update", entityType: "Agreement", entityId: id, before: current.snapshot, after: snapshot });
    return { id, version: version + 1 };
  }).catch(referenceTaken);
}
