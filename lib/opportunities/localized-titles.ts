import "server-only";
import type { AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { localize, type LocalizedText } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";

export interface CallTitles {
  title: LocalizedText;
  programName: LocalizedText;
}

/**
 * The titles and program names of calls in the reader's language (decision 010), for pages that
 * name calls a student already reached through their own queries (the application form, their
 * applications). One query for all of them. It checks no access: pass only ids the caller has
 * already read, since it also names drafts and closed calls.
 */
export async function callTitlesIn(ids: readonly string[], language: AppLocale): Promise<Map<string, CallTitles>> {
  if (ids.length === 0) return new Map();
  const [rows, defaultLanguage] = await Promise.all([
    db.opportunity.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, title: true, translations: true, program: { select: { name: true, translations: true } } },
    }),
    getDefaultContentLanguage(),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: localize(row, ["title"], language, defaultLanguage).title,
        programName: localize(row.program, ["name"], language, defaultLanguage).name,
      },
    ]),
  );
}
