import type { AbstractIntlMessages } from "next-intl";
import type { AppLocale } from "./config";
import { namespaces, type Namespace } from "./namespaces";

/**
 * Loaded catalogues, kept for the life of the process: they are files of the build and never change,
 * and assembling them anew cost every request about a millisecond (seventeen module look-ups).
 */
const loaded = new Map<string, Promise<AbstractIntlMessages>>();

/**
 * The catalogues of one locale, keyed by namespace (`{ common: {...}, home: {...} }`), which is the
 * shape `useTranslations("common")` expects. The template import lets the bundler include every
 * catalogue file without a hand-kept import list. Callers must not modify the result (it is shared).
 */
export function loadMessages(locale: AppLocale, only: readonly Namespace[] = namespaces): Promise<AbstractIntlMessages> {
  const key = `${locale}:${only.join(",")}`;
  let messages = loaded.get(key);
  if (!messages) {
    messages = importCatalogues(locale, only);
    loaded.set(key, messages);
    messages.catch(() => loaded.delete(key));
  }
  return messages;
}

async function importCatalogues(locale: AppLocale, only: readonly Namespace[]): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    only.map(async (namespace) => {
      const catalogue = (await import(`../messages/${locale}/${namespace}.json`)) as { default: AbstractIntlMessages };
      return [namespace, catalogue.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
