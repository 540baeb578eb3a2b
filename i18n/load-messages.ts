import type { AbstractIntlMessages } from "next-intl";
import type { AppLocale } from "./config";
import { namespaces, type Namespace } from "./namespaces";

/**
 * Loads the catalogues of one locale, keyed by namespace (`{ common: {...}, home: {...} }`), which
 * is the shape `useTranslations("common")` expects. The template import lets the bundler include
 * every catalogue file without a hand-kept import list.
 */
export async function loadMessages(
  locale: AppLocale,
  only: readonly Namespace[] = namespaces,
): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    only.map(async (namespace) => {
      const catalogue = (await import(`../messages/${locale}/${namespace}.json`)) as { default: AbstractIntlMessages };
      return [namespace, catalogue.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
