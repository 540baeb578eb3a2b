import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import type { MobilityRecordInput } from "./schemas";

/** Staff record a mobility directly (incoming students, staff mobilities, anything not from an application). */
export async function createMobilityRecord(user: SessionUser, input: MobilityRecordInput): Promise<{ id: string }> {
  requirePermission(user, "mobility:create", { unitId: input.unitId ?? null });
  return auditedWrite(user, async (tx, audit) => {
    // References are checked here so a stale or forged id gets a message next to its field, not a crash.
    const [partner, program, agreement, unit, country, isced] = await Promise.all([
      tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true } }),
      input.programId ? tx.mobilityProgram.findUnique({ where: { id: input.programId }, select: { id: true } }) : true,
      input.agreementId ? tx.agreement.findUnique({ where: { id: input.agreementId }, select: { id: true } }) : true,
      input.unitId ? tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }) : true,
      input.homeCountryCode ? tx.country.findUnique({ where: { code: input.homeCountryCode }, select: { code: true } }) : true,
      input.iscedCode ? tx.iscedField.findUnique({ where: { code: input.iscedCode }, select: { code: true } }) : true,
    ]);
    const fieldErrors: FieldErrors = {};
    if (!partner) fieldErrors.partnerId = ["common.form.errors.invalidOption"];
    if (!program) fieldErrors.programId = ["common.form.errors.invalidOption"];
    if (!agreement) fieldErrors.agreementId = ["common.form.errors.invalidOption"];
    if (!unit) fieldErrors.unitId = ["common.form.errors.invalidOption"];
    if (!country) fieldErrors.homeCountryCode = ["common.form.errors.invalidOption"];
    if (!isced) fieldErrors.iscedCode = ["mobility.errors.iscedInvalid"];
    if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });

    const record = await tx.mobilityRecord.create({
      data: {
        ...input,
        startDate: new Date(`${input.startDate}T00:00:00Z`),
        endDate: new Date(`${input.endDate}T00:00:00Z`),
      },
      select: { id: true },
    });
    await audit({ action: "mobility.create", entityType: "MobilityRecord", entityId: record.id, after: input });
    return record;
  });
}
