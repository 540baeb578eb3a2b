import "server-only";
import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { hasTranslatableContent, moveInstitutionTexts } from "./default-language-change";
import type { InstitutionDetailsFormValues, InstitutionDetailsInput } from "./details-schemas";
import { formatEmailDomainsForForm } from "./email-domains";

/** The institution's details on /dashboard/admin/settings (see details-schemas.ts). */

const detailsSelect = {
  countryCode: true,
  timeZone: true,
  defaultLanguage: true,
  currency: true,
  erasmusCode: true,
  website: true,
  email: true,
  phone: true,
  officeHeadName: true,
  emailDomain: true,
  visitDataRetentionDays: true,
  updatedAt: true,
} as const;

function withoutTime<T extends { updatedAt: Date }>(row: T): Omit<T, "updatedAt"> {
  const { updatedAt: _updatedAt, ...values } = row;
  return values;
}

export interface InstitutionDetailsForm {
  values: InstitutionDetailsFormValues;
  defaultLanguage: AppLocale;
  /** False once other records hold texts in the default language: it is then shown, not offered (decision 010). */
  languageChangeable: boolean;
}

export async function getInstitutionDetails(user: SessionUser | null): Promise<InstitutionDetailsForm | null> {
  requirePermission(user, "institution:update");
  const [row, contentExists] = await Promise.all([db.institution.findUnique({ where: { id: 1 }, select: detailsSelect }), hasTranslatableContent()]);
  if (!row) return null;
  const defaultLanguage = isLocale(row.defaultLanguage) ? row.defaultLanguage : defaultLocale;
  return {
    values: {
      countryCode: row.countryCode ?? "",
      timeZone: row.timeZone,
      defaultLanguage,
      currency: row.currency,
      erasmusCode: row.erasmusCode ?? "",
      website: row.website ?? "",
      email: row.email,
      phone: row.phone ?? "",
      officeHeadName: row.officeHeadName ?? "",
      emailDomains: formatEmailDomainsForForm(row.emailDomain),
      visitDataRetentionDays: String(row.visitDataRetentionDays),
      updatedAt: row.updatedAt.toISOString(),
    },
    defaultLanguage,
    languageChangeable: !contentExists,
  };
}

/**
 * Saves the details over the ones the admin read: the update time plays the version, as in the other
 * settings forms, and the row stays locked while it is compared and written. A new default language
 * first moves the institution's own texts to it, and is refused while other content exists
 * (default-language-change.ts).
 */
export async function updateInstitutionDetails(user: SessionUser | null, input: InstitutionDetailsInput): Promise<{ updatedAt: string }> {
  requirePermission(user, "institution:update");
  return auditedWrite(user, async (tx, audit) => {
    // The row stays locked to the end, so no other save slips in between the check and the write.
    const [locked] = await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "Institution" WHERE "id" = 1 FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND");
    if (locked.updatedAt.getTime() !== new Date(input.updatedAt).getTime()) throw new AppError("CONFLICT", { messageKey: "common.form.errors.stale" });
    const before = await tx.institution.findUniqueOrThrow({ where: { id: 1 }, select: detailsSelect });
    const from = isLocale(before.defaultLanguage) ? before.defaultLanguage : defaultLocale;
    if (input.defaultLanguage !== from) await moveInstitutionTexts(tx, from, input.defaultLanguage);

    await tx.institution.update({
      where: { id: 1 },
      data: {
        countryCode: input.countryCode,
        timeZone: input.timeZone,
        defaultLanguage: input.defaultLanguage,
        currency: input.currency,
        erasmusCode: input.erasmusCode,
        website: input.website,
        email: input.email ?? "",
        phone: input.phone,
        officeHeadName: input.officeHeadName,
        emailDomain: input.emailDomains,
        visitDataRetentionDays: input.visitDataRetentionDays,
      },
    });
    const after = await tx.institution.findUniqueOrThrow({ where: { id: 1 }, select: detailsSelect });
    await audit({ action: "institution.update", entityType: "Institution", entityId: "1", before: withoutTime(before), after: withoutTime(after) });
    return { updatedAt: after.updatedAt.toISOString() };
  });
}
