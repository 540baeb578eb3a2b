import type { AppLocale } from "./config";

// Narrows `useLocale()`/`getLocale()` to the portal's locales. Messages stay loosely typed on
// purpose: namespaces are added by several features and loaded dynamically.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
  }
}
