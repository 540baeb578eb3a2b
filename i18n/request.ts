import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, isLocale } from "./config";
import { loadMessages } from "./load-messages";
import { negotiateLocale } from "./negotiate-locale";

/** The server's zone (set TZ in the deployment); passed on to the client so both render the same dates. */
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Locale without URL prefixes: the `NEXT_LOCALE` cookie set by the language switch wins, then
 * Accept-Language, then English. Reading cookies makes every page dynamic, which the portal needs
 * anyway (pages read the database at request time, never at build time).
 */
export default getRequestConfig(async ({ locale: explicit }) => {
  let locale;
  if (isLocale(explicit)) {
    locale = explicit;
  } else {
    const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
    locale = negotiateLocale({
      cookie: cookieStore.get(LOCALE_COOKIE)?.value,
      acceptLanguage: headerList.get("accept-language"),
    });
  }

  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: SERVER_TIME_ZONE,
  };
});
