import "server-only";
import { cache } from "react";
import { _createCache, _createIntlFormatters, createTranslator } from "next-intl";
import type { AppLocale } from "./config";
import { getLocale, getMessages, getTimeZone, type getTranslations as requestScopedTranslations } from "next-intl/server";

type IntlCache = ReturnType<typeof _createCache>;
type IntlFormatters = ReturnType<typeof _createIntlFormatters>;

/**
 * Parsed messages and `Intl` formatters per locale, kept for the life of the process. next-intl's own
 * `getTranslations` starts an empty cache for every request, so every message with an argument
 * ("{count} partners") was parsed again and its number and plural rules rebuilt on each render:
 * about a tenth of a millisecond per message, several milliseconds per page. The catalogues are
 * files of the build, so the parsed forms never go stale and their number is bounded by the catalogue.
 */
const sharedByLocale = new Map<string, { cache: IntlCache; formatters: IntlFormatters }>();

function sharedFor(locale: AppLocale) {
  let shared = sharedByLocale.get(locale);
  if (!shared) {
    const intlCache = _createCache();
    shared = { cache: intlCache, formatters: _createIntlFormatters(intlCache) };
    sharedByLocale.set(locale, shared);
  }
  return shared;
}

async function translations(namespaceOrOptions?: string | { locale: AppLocale; namespace?: string }) {
  const options = typeof namespaceOrOptions === "object" ? namespaceOrOptions : { namespace: namespaceOrOptions };
  const locale = "locale" in options && options.locale ? options.locale : ((await getLocale()) as AppLocale);
  const [messages, timeZone] = await Promise.all([getMessages({ locale }), getTimeZone({ locale })]);
  const shared = sharedFor(locale);
  return createTranslator({ locale, messages, timeZone, namespace: options.namespace as never, _cache: shared.cache, _formatters: shared.formatters });
}

/**
 * Server-side translations: the same signature and result as next-intl's `getTranslations` (use this
 * one everywhere; ESLint refuses the other), with the parsed messages shared across requests.
 */
export const getTranslations = cache(translations) as unknown as typeof requestScopedTranslations;
