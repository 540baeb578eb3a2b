import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { ADDRESS_LOCALE_HEADER, LOCALE_COOKIE, isLocale } from "./config";
import { loadMessages } from "./load-messages";
import { negotiateLocale } from "./negotiate-locale";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";

/** Used only when the database cannot be read (an error page while it is down). */
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Locale without URL prefixes (decision 008): the address's `?lang=` (handed over by proxy.ts as a
 * header, which it strips from every other request), then the `NEXT_LOCALE` cookie set by the
 * language switch, then Accept-Language, then English. Reading cookies makes every page dynamic,
 * which the portal needs anyway (pages read the database at request time, never at build time).
 */
export default getRequestConfig(async ({ locale: explicit }) => {
  let locale;
  if (isLocale(explicit)) {
    locale = explicit;
  } else {
    const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
    locale = negotiateLocale({
      address: headerList.get(ADDRESS_LOCALE_HEADER),
      cookie: cookieStore.get(LOCALE_COOKIE)?.value,
      acceptLanguage: headerList.get("accept-language"),
    });
  }

  // Dates are shown in the institution's zone (a deadline ends at midnight there), whatever the
  // server's or the reader's; it is passed on to the client so both render the same dates.
  const [messages, timeZone] = await Promise.all([loadMessages(locale), getInstitutionTimeZone().catch(() => SERVER_TIME_ZONE)]);
  return { locale, messages, timeZone };
});
