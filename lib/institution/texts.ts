import "server-only";
import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db, type TransactionClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { readTranslations, type Translations } from "@/lib/translations/content";
import { keepOtherLanguages, translationFormValues } from "@/lib/translations/schema";
import { CONTACT_TRANSLATED_FIELDS, INSTITUTION_LIST_FIELDS, INSTITUTION_TRANSLATED_FIELDS, type InstitutionAbout } from "./localize";
import { linesOf, type InstitutionTextsFormValues, type InstitutionTextsInput } from "./texts-schemas";

/** The institution's public texts in every language, for the admin's editor (see ./localize.ts for the stored shape). */

const textsSelect = {
  name: true,
  shortName: true,
  address: true,
  officeHeadTitle: true,
  about: true,
  translations: true,
  defaultLanguage: true,
  updatedAt: true,
  contacts: { select: { id: true, name: true, position: true, translations: true }, orderBy: { sortOrder: "asc" } },
} as const;

export interface InstitutionTextsForm {
  values: InstitutionTextsFormValues;
  defaultLanguage: AppLocale;
}

function languageOf(value: string): AppLocale {
  return isLocale(value) ? value : defaultLocale;
}

export async function getInstitutionTexts(user: SessionUser | null): Promise<InstitutionTextsForm | null> {
  requirePermission(user, "institution:update");
  const row = await db.institution.findUnique({ where: { id: 1 }, select: textsSelect });
  if (!row) return null;
  const about = row.about as unknown as InstitutionAbout;
  return {
    values: {
      name: row.name,
      shortName: row.shortName,
      address: row.address,
      officeHeadTitle: row.officeHeadTitle ?? "",
      mission: about.mission ?? "",
      objectives: (about.objectives ?? []).join("\n"),
      functions: (about.functions ?? []).join("\n"),
      tasks: (about.tasks ?? []).join("\n"),
      translations: translationFormValues(readTranslations(row.translations, INSTITUTION_TRANSLATED_FIELDS), INSTITUTION_TRANSLATED_FIELDS),
      contacts: row.contacts.map((contact) => ({
        id: contact.id,
        position: contact.position,
        translations: translationFormValues(readTranslations(contact.translations, CONTACT_TRANSLATED_FIELDS), CONTACT_TRANSLATED_FIELDS),
      })),
      updatedAt: row.updatedAt.toISOString(),
    },
    defaultLanguage: languageOf(row.defaultLanguage),
  };
}

/** The other languages as stored: lists (typed one item per line) become lists, as in `about`. */
function storedTranslations(translations: InstitutionTextsInput["translations"], defaultLanguage: AppLocale) {
  const stored: Translations = {};
  for (const [language, texts] of Object.entries(keepOtherLanguages(translations, defaultLanguage))) {
    const entry: Record<string, string | string[]> = { ...texts };
    for (const field of INSTITUTION_LIST_FIELDS) {
      const text = texts?.[field];
      if (typeof text === "string") entry[field] = linesOf(text);
    }
    stored[language as AppLocale] = entry;
  }
  return stored;
}

async function snapshot(tx: TransactionClient) {
  const row = await tx.institution.findUnique({ where: { id: 1 }, select: textsSelect });
  if (!row) return null;
  const { updatedAt, defaultLanguage, ...texts } = row;
  return { texts, updatedAt, defaultLanguage: languageOf(defaultLanguage) };
}

/**
 * Saves the texts over the ones the admin read. The row has no version column, so its update time
 * plays that part (the contacts' positions are saved with it and so share it): two admins saving
 * from the same page, the second is refused as stale.
 */
export async function updateInstitutionTexts(user: SessionUser | null, input: InstitutionTextsInput): Promise<{ updatedAt: string }> {
  requirePermission(user, "institution:update");
  return auditedWrite(user, async (tx, audit) => {
    const before = await snapshot(tx);
    if (!before) throw new AppError("NOT_FOUND");
    const { defaultLanguage } = before;
    // A contact removed since the form was opened: the form is out of date.
    const known = new Set(before.texts.contacts.map((contact) => contact.id));
    if (input.contacts.some((contact) => !known.has(contact.id))) throw new AppError("CONFLICT", { messageKey: "common.form.errors.stale" });

    const about: InstitutionAbout = {
      mission: input.mission,
      objectives: linesOf(input.objectives),
      functions: linesOf(input.functions),
      tasks: linesOf(input.tasks),
    };
    const { count } = await tx.institution.updateMany({
      where: { id: 1, updatedAt: new Date(input.updatedAt) },
      data: {
        name: input.name,
        shortName: input.shortName,
        address: input.address,
        officeHeadTitle: input.officeHeadTitle,
        about: { ...about },
        translations: storedTranslations(input.translations, defaultLanguage),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", { messageKey: "common.form.errors.stale" });
    for (const contact of input.contacts) {
      await tx.officeContact.update({
        where: { id: contact.id },
        data: { position: contact.position, translations: keepOtherLanguages(contact.translations, defaultLanguage) },
      });
    }

    const after = (await snapshot(tx))!;
    await audit({ action: "institution.update", entityType: "Institution", entityId: "1", before: before.texts, after: after.texts });
    return { updatedAt: after.updatedAt.toISOString() };
  });
}
