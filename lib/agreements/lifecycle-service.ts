import "server-only";
import { requireSomeScope } from "./access";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { uniqueViolationIndex, updateAtVersion } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { explainStaleWrite, staleVersionError } from "./conflict";
import { fromIsoDay, todayIso } from "./dates";
import { canRenew, checkTransition } from "./lifecycle";
import { conditionRows, loadAgreementRecord, recordVersion } from "./records";
import { planRenewalDates, renewalReferenceStem, suggestRenewalReference } from "./renewal";
import type { TransitionAgreementInput } from "./schemas";
import { isOfficeWide } from "./service";

/**
 * Moves an agreement along its lifecycle (see lifecycle.ts), refusing moves the rules do not allow
 * now. Like an edit, the move is conditional on the version and status the person saw.
 */
export async function transitionAgreement(
  user: SessionUser,
  input: TransitionAgreementInput,
  now: Date = new Date(),
): Promise<{ id: string; version: number }> {
  requireSomeScope(user, "agreement:update");
  const today = todayIso(now);
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadAgreementRecord(tx, { AND: [{ id: input.id }, scopeWhere(user, "agreement:read")] });
    if (!current) throw new AppError("NOT_FOUND");
    requirePermission(user, "agreement:update", { unitId: current.unitId });
    if (current.version !== input.version) throw await staleVersionError(tx, input.id, input.version, current);

    const check = checkTransition(current.snapshot as Parameters<typeof checkTransition>[0], input.to, {
      today,
      officeWide: isOfficeWide(user),
    });
    if (!check.ok) {
      const block = check.blocks[0]!;
      throw new AppError(block === "unitStaffNotAllowed" ? "FORBIDDEN" : "VALIDATION", {
        messageKey: `agreements.lifecycle.blocked.${block}`,
      });
    }
    const terminatedOn = input.to === "TERMINATED" ? fromIsoDay(input.terminatedOn ?? today) : null;
    // The version guard also keeps the status and unit just checked: any change moves the version.
    await updateAtVersion(tx.agreement, { id: input.id, version: input.version }, { status: input.to, terminatedOn }).catch(
      explainStaleWrite(tx, input.id, input.version),
    );
    const snapshot = await recordVersion(tx, input.id, input.version + 1, user.id);
    await audit({
      action: "agreement.transition",
      entityType: "Agreement",
      entityId: input.id,
      before: { status: current.status },
      after: { status: snapshot.status, terminatedOn: snapshot.terminatedOn },
    });
    return { id: input.id, version: input.version + 1 };
  });
}

const RENEWAL_CLASHES = new Set(["Agreement_predecessorId_key", "Agreement_referenceNumber_key"]);

/**
 * Renewal: a new DRAFT agreement linked to this one (predecessorId), pre-filled from it with a
 * suggested reference number, dates moved to follow on, and the cooperation conditions' academic
 * years moved by as much. An agreement has at most one successor (a unique column guarantees it).
 */
export async function renewAgreement(user: SessionUser, input: { id: string }, now: Date = new Date()): Promise<{ id: string }> {
  requireSomeScope(user, "agreement:create");
  try {
    return await auditedWrite(user, async (tx, audit) => {
      const current = await loadAgreementRecord(tx, { AND: [{ id: input.id }, scopeWhere(user, "agreement:read")] });
      if (!current) throw new AppError("NOT_FOUND");
      requirePermission(user, "agreement:create", { unitId: current.unitId });
      if (!canRenew(current.status)) throw new AppError("VALIDATION", { messageKey: "agreements.errors.cannotRenew" });
      if (await tx.agreement.findUnique({ where: { predecessorId: current.id }, select: { id: true } })) {
        throw new AppError("CONFLICT", { messageKey: "agreements.errors.alreadyRenewed" });
      }
      const taken = await tx.agreement.findMany({
        where: { referenceNumber: { startsWith: renewalReferenceStem(current.referenceNumber) } },
        select: { referenceNumber: true },
      });
      const referenceNumber = suggestRenewalReference(current.referenceNumber, new Set(taken.map((t) => t.referenceNumber)));
      const dates = planRenewalDates(current.snapshot, todayIso(now));
      const shift = (year: number | null) => (year === null ? null : year + dates.yearShift);

      const created = await tx.agreement.create({
        data: {
          referenceNumber,
          title: current.title,
          kind: current.kind,
          status: "DRAFT",
          unitId: current.unitId,
          responsibleId: current.responsibleId,
          scope: current.scope,
          startsOn: fromIsoDay(dates.startsOn),
          endsOn: dates.endsOn ? fromIsoDay(dates.endsOn) : null,
          renewalType: current.renewalType,
          noticePeriodDays: current.noticePeriodDays,
          internalNotes: current.internalNotes,
          predecessorId: current.id,
          version: 1,
        },
        select: { id: true },
      });
      await tx.agreementPartner.createMany({ data: current.partners.map((p) => ({ agreementId: created.id, partnerId: p.partnerId })) });
      await tx.cooperationCondition.createMany({
        data: conditionRows(
          created.id,
          current.conditions.map((c) => ({
            ...c,
            monthsPerPlace: c.monthsPerPlace === null ? null : Number(c.monthsPerPlace),
            fromAcademicYear: shift(c.fromAcademicYear),
            toAcademicYear: shift(c.toAcademicYear),
          })),
        ),
      });
      const snapshot = await recordVersion(tx, created.id, 1, user.id);
      await audit({ action: "agreement.renew", entityType: "Agreement", entityId: created.id, before: { predecessorId: current.id }, after: snapshot });
      return { id: created.id };
    });
  } catch (error) {
    // A concurrent renewal took the successor link or the suggested reference first.
    if (RENEWAL_CLASHES.has(uniqueViolationIndex(error) ?? "")) throw new AppError("CONFLICT", { messageKey: "agreements.errors.alreadyRenewed" });
    throw error;
  }
}
