import "server-only";
import { locales, type AppLocale } from "@/i18n/config";
import type { SessionUser } from "@/lib/auth/current-user";
import { db, type TransactionClient } from "@/lib/db/client";
import { requirePermission } from "@/lib/permissions";
import { DEFAULT_LETTER_TEMPLATES, type LetterTemplateText } from "./default-templates";

/**
 * The invitation letter's text per language: the admin's saved template, or the built-in one
 * (default-templates.ts) while a language has none, so a letter can always be made.
 */

export interface LetterTemplateView extends LetterTemplateText {
  language: AppLocale;
  /** 0 while the built-in text is in use (nothing saved yet). */
  version: number;
  updatedAt: Date | null;
  isBuiltIn: boolean;
}

const templateSelect = { language: true, subject: true, body: true, version: true, updatedAt: true } as const;

function builtIn(language: AppLocale): LetterTemplateView {
  return { language, ...DEFAULT_LETTER_TEMPLATES[language], version: 0, updatedAt: null, isBuiltIn: true };
}

/** Every language's template for the admin's list, saved or built in. */
export async function listLetterTemplates(user: SessionUser | null): Promise<LetterTemplateView[]> {
  requirePermission(user, "institution:update");
  const saved = await db.letterTemplate.findMany({ select: templateSelect });
  return locales.map((language) => {
    const row = saved.find((template) => template.language === language);
    return row ? { ...row, language, isBuiltIn: false } : builtIn(language);
  });
}

/** One language's template for its editor. */
export async function getLetterTemplate(user: SessionUser | null, language: AppLocale): Promise<LetterTemplateView> {
  requirePermission(user, "institution:update");
  const row = await db.letterTemplate.findUnique({ where: { language }, select: templateSelect });
  return row ? { ...row, language, isBuiltIn: false } : builtIn(language);
}

/** The text letters in `language` are made from (callers have checked the user's right to make them). */
export async function letterTemplateFor(language: AppLocale, client: TransactionClient = db): Promise<LetterTemplateText> {
  const row = await client.letterTemplate.findUnique({ where: { language }, select: { subject: true, body: true } });
  return row ?? DEFAULT_LETTER_TEMPLATES[language];
}

/**
 * Writes the built-in template of each language that has none (the demo seed and new
 * installations); a template an admin saved is never overwritten.
 */
export async function seedLetterTemplates(client: TransactionClient): Promise<void> {
  await client.letterTemplate.createMany({
    data: locales.map((language) => ({ language, ...DEFAULT_LETTER_TEMPLATES[language] })),
    skipDuplicates: true,
  });
}
