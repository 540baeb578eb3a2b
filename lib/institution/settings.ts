import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { shownPublicSections, storedPublicSections, type PublicSection } from "./public-sections";
import { DEFAULT_REFERENCE_PATTERN } from "./reference-pattern";
import type { ReminderDaysInput } from "./reminder-days";
import type { InstitutionSettingsInput, PublicSectionsInput } from "./settings-schemas";

/** The settings an admin changes on /dashboard/admin/settings (the institution's one row). */
export interface InstitutionSettings {
  agreementReferencePattern: string;
  /** The office's own reminder lead times, longest first; empty: the server's AGREEMENT_REMINDER_DAYS. */
  agreementReminderDays: number[];
  /** The public sections shown (every one while none was chosen). */
  publicSections: PublicSection[];
  /** ISO time of the last change: the forms' version. */
  updatedAt: string;
}

const settingsSelect = { agreementReferencePattern: true, agreementReminderDays: true, publicSections: true, updatedAt: true } as const;

type SettingsRow = { agreementReferencePattern: string; agreementReminderDays: number[]; publicSections: string[]; updatedAt: Date };
type SettingsChange = Partial<Pick<SettingsRow, "agreementReferencePattern" | "agreementReminderDays" | "publicSections">>;

function settingsOf(row: SettingsRow): InstitutionSettings {
  return {
    agreementReferencePattern: row.agreementReferencePattern,
    agreementReminderDays: row.agreementReminderDays,
    publicSections: shownPublicSections(row.publicSections),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getInstitutionSettings(user: SessionUser | null): Promise<InstitutionSettings> {
  requirePermission(user, "institution:update");
  const row = await db.institution.findUnique({ where: { id: 1 }, select: settingsSelect });
  return settingsOf(row ?? { agreementReferencePattern: DEFAULT_REFERENCE_PATTERN, agreementReminderDays: [], publicSections: [], updatedAt: new Date(0) });
}

/**
 * Saves some of the settings over the ones the admin read, audited with just the fields it
 * changes. The row has no version column, so its update time plays that part: two admins saving
 * from the same page, the second is refused as stale.
 */
async function saveSettings(user: SessionUser | null, updatedAt: string, change: SettingsChange): Promise<InstitutionSettings> {
  requirePermission(user, "institution:update");
  const fields = Object.keys(change) as (keyof SettingsChange)[];
  const only = (row: SettingsRow) => Object.fromEntries(fields.map((field) => [field, row[field]]));
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.institution.findUnique({ where: { id: 1 }, select: settingsSelect });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.institution.updateMany({ where: { id: 1, updatedAt: new Date(updatedAt) }, data: change });
    if (count === 0) throw new AppError("CONFLICT", { messageKey: "common.form.errors.stale" });
    const saved = await tx.institution.findUniqueOrThrow({ where: { id: 1 }, select: settingsSelect });
    await audit({ action: "institution.update", entityType: "Institution", entityId: "1", before: only(before), after: only(saved) });
    return settingsOf(saved);
  });
}

export function updateInstitutionSettings(user: SessionUser | null, input: InstitutionSettingsInput): Promise<InstitutionSettings> {
  return saveSettings(user, input.updatedAt, { agreementReferencePattern: input.agreementReferencePattern });
}

export function updateReminderDays(user: SessionUser | null, input: ReminderDaysInput): Promise<InstitutionSettings> {
  return saveSettings(user, input.updatedAt, { agreementReminderDays: input.agreementReminderDays });
}

export function updatePublicSections(user: SessionUser | null, input: PublicSectionsInput): Promise<InstitutionSettings> {
  return saveSettings(user, input.updatedAt, { publicSections: storedPublicSections(input.publicSections) });
}

/**
 * The lead times the expiry reminders use: the office's own when it chose some, else the server's
 * AGREEMENT_REMINDER_DAYS. Not secret, so no permission: the daily job reads it, and pages name it.
 */
export async function getAgreementReminderDays(): Promise<number[]> {
  const row = await db.institution.findUnique({ where: { id: 1 }, select: { agreementReminderDays: true } });
  return row && row.agreementReminderDays.length > 0 ? row.agreementReminderDays : env().AGREEMENT_REMINDER_DAYS;
}
