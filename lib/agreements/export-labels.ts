import "server-only";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import type { Namespace } from "@/i18n/namespaces";

/** Translates one namespace's keys; catalogues are loosely typed (i18n/next-intl.d.ts), so the type is narrowed by hand. */
export type ExportTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The words of an export's label columns, in the language of the person downloading it. Outside a
 * request (a script, a test calling the builder) there is no reader, and the labels are English.
 */
export async function exportTranslator(namespace: Namespace): Promise<{ t: ExportTranslate; locale: AppLocale }> {
  const locale = await requestLocale();
  const messages = await loadMessages(locale, [namespace]);
  return { t: createTranslator({ locale, messages, namespace }) as unknown as ExportTranslate, locale };
}

async function requestLocale(): Promise<AppLocale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : defaultLocale;
  } catch {
    // next-intl answers only inside a Next request.
    return defaultLocale;
  }
}
