import "server-only";
import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { shortLivedCache } from "@/lib/cache/short-lived";
import { db } from "@/lib/db/client";

/**
 * The institution's default content language (decision 010): the language of every plain text
 * column, and the one a page falls back to. Asked for by every page that shows content, changed
 * almost never: kept a minute in memory, like the time zone.
 */
const languageCache = shortLivedCache({ ttlMs: 60_000, maxEntries: 1 });

export function getDefaultContentLanguage(): Promise<AppLocale> {
  return languageCache.get("defaultLanguage", async () => {
    const row = await db.institution.findUnique({ where: { id: 1 }, select: { defaultLanguage: true } });
    return row && isLocale(row.defaultLanguage) ? row.defaultLanguage : defaultLocale;
  });
}
