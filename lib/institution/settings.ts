import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { DEFAULT_REFERENCE_PATTERN } from "./reference-pattern";
import type { InstitutionSettingsInput } from "./settings-schemas";

/** The settings an admin changes on /dashboard/admin/settings (the institution's one row). */
export interface InstitutionSettings {
  agreementReferencePattern: string;
  /** ISO time of the last change: the form's version. */
  updatedAt: string;
}

export async function getInstitutionSettings(user: SessionUser | null): Promise<InstitutionSettings> {
  requirePermission(user, "institution:update");
  const row = await db.institution.findUnique({ where: { id: 1 }, select: { agreementReferencePattern: true, updatedAt: true } });
  if (!row) return { agreementReferencePattern: DEFAULT_REFERENCE_PATTERN, updatedAt: new Date(0).toISOString() };
  return { agreementReferencePattern: row.agreementReferencePattern, updatedAt: row.updatedAt.toISOString() };
}

/**
 * Saves the settings over the ones the admin read. The row has no version column, so its update
 * time plays that part: two admins saving from the same page, the second is refused as stale.
 */
export async function updateInstitutionSettings(user: SessionUser | null, input: InstitutionSettingsInput): Promise<InstitutionSettings> {
  requirePermission(user, "institution:update");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.institution.findUnique({ where: { id: 1 }, select: { agreementReferencePattern: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.institution.updateMany({
      where: { id: 1, updatedAt: new Date(input.updatedAt) },
      data: { agreementReferencePattern: input.agreementReferencePattern },
    });
    if (count === 0) throw new AppError("CONFLICT", { messageKey: "common.form.errors.stale" });
    const saved = await tx.institution.findUniqueOrThrow({ where: { id: 1 }, select: { agreementReferencePattern: true, updatedAt: true } });
    await audit({
      action: "institution.update",
      entityType: "Institution",
      entityId: "1",
      before,
      after: { agreementReferencePattern: saved.agreementReferencePattern },
    });
    return { agreementReferencePattern: saved.agreementReferencePattern, updatedAt: saved.updatedAt.toISOString() };
  });
}
