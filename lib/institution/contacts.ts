import "server-only";
import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { readTranslations } from "@/lib/translations/content";
import { keepOtherLanguages, translationFormValues } from "@/lib/translations/schema";
import type { OfficeContactsFormValues, OfficeContactsInput } from "./contacts-schemas";
import { CONTACT_TRANSLATED_FIELDS } from "./localize";

/** The office contacts (names, positions in each language, e-mail, phone, order), edited as one list. */

const contactSelect = { id: true, name: true, position: true, translations: true, email: true, phone: true } as const;

export interface OfficeContactsForm {
  values: OfficeContactsFormValues;
  defaultLanguage: AppLocale;
}

export async function getOfficeContacts(user: SessionUser | null): Promise<OfficeContactsForm | null> {
  requirePermission(user, "institution:update");
  const row = await db.institution.findUnique({
    where: { id: 1 },
    select: { defaultLanguage: true, updatedAt: true, contacts: { select: contactSelect, orderBy: { sortOrder: "asc" } } },
  });
  if (!row) return null;
  return {
    values: {
      contacts: row.contacts.map((contact) => ({
        id: contact.id,
        name: contact.name,
        position: contact.position,
        translations: translationFormValues(readTranslations(contact.translations, CONTACT_TRANSLATED_FIELDS), CONTACT_TRANSLATED_FIELDS),
        email: contact.email ?? "",
        phone: contact.phone ?? "",
      })),
      updatedAt: row.updatedAt.toISOString(),
    },
    defaultLanguage: isLocale(row.defaultLanguage) ? row.defaultLanguage : defaultLocale,
  };
}

/**
 * Replaces the list: updates the contacts that stay (in their new order), adds the new ones and
 * removes the ones left out. The institution's update time is the version, as in the other settings
 * forms (the save touches it); a contact the form names but that no longer exists means the form is
 * out of date.
 */
export async function saveOfficeContacts(user: SessionUser | null, input: OfficeContactsInput): Promise<{ updatedAt: string }> {
  requirePermission(user, "institution:update");
  return auditedWrite(user, async (tx, audit) => {
    const stale = new AppError("CONFLICT", { messageKey: "common.form.errors.stale" });
    const [locked] = await tx.$queryRaw<{ updatedAt: Date; defaultLanguage: string }[]>`
      SELECT "updatedAt", "defaultLanguage" FROM "Institution" WHERE "id" = 1 FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND");
    if (locked.updatedAt.getTime() !== new Date(input.updatedAt).getTime()) throw stale;
    const defaultLanguage = isLocale(locked.defaultLanguage) ? locked.defaultLanguage : defaultLocale;

    const before = await tx.officeContact.findMany({ where: { institutionId: 1 }, select: contactSelect, orderBy: { sortOrder: "asc" } });
    const known = new Set(before.map((contact) => contact.id));
    const kept = input.contacts.map((contact) => contact.id).filter((id): id is string => id !== null);
    if (kept.some((id) => !known.has(id)) || new Set(kept).size !== kept.length) throw stale;

    await tx.officeContact.deleteMany({ where: { institutionId: 1, id: { notIn: kept } } });
    for (const [sortOrder, contact] of input.contacts.entries()) {
      const data = {
        name: contact.name,
        position: contact.position,
        translations: keepOtherLanguages(contact.translations, defaultLanguage),
        email: contact.email,
        phone: contact.phone,
        sortOrder,
      };
      if (contact.id) await tx.officeContact.update({ where: { id: contact.id }, data });
      else await tx.officeContact.create({ data: { ...data, institutionId: 1 } });
    }
    // The list belongs to the institution: its update time moves on, so the other settings forms see the change.
    const { updatedAt } = await tx.institution.update({ where: { id: 1 }, data: { updatedAt: new Date() }, select: { updatedAt: true } });
    const after = await tx.officeContact.findMany({ where: { institutionId: 1 }, select: contactSelect, orderBy: { sortOrder: "asc" } });
    await audit({ action: "institution.update-contacts", entityType: "Institution", entityId: "1", before: { contacts: before }, after: { contacts: after } });
    return { updatedAt: updatedAt.toISOString() };
  });
}
