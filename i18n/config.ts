/** The languages the portal ships with; keep in sync with the folders under `messages/`. */
export const locales = ["en", "az", "ru"] as const;

export type AppLocale = (typeof locales)[number];

export const defaultLocale: AppLocale = "en";

/** Each language named in itself, so a reader finds their own language whatever the page shows. */
export const localeLabels: Record<AppLocale, string> = {
  en: "English",
  az: "Azərbaycanca",
  ru: "Русский",
};

/** The cookie next-intl itself uses for the locale, so tooling and docs recognise it. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/**
 * The query parameter that gives a page's language in its address (`/partners?lang=az`, decision
 * 008). It outranks the cookie for that one request and never changes the cookie.
 */
export const LOCALE_PARAM = "lang";

/** The request header through which proxy.ts hands the address's language to i18n/request.ts. */
export const ADDRESS_LOCALE_HEADER = "x-address-locale";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
