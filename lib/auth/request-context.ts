import "server-only";
import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { defaultLocale, LOCALE_COOKIE, type AppLocale } from "@/i18n/config";
import { negotiateLocale } from "@/i18n/negotiate-locale";

/** The language of the current request (for e-mails it triggers); English outside a request. */
export async function getRequestLocale(): Promise<AppLocale> {
  try {
    const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
    return negotiateLocale({
      cookie: cookieStore.get(LOCALE_COOKIE)?.value,
      acceptLanguage: headerList.get("accept-language"),
    });
  } catch (error) {
    unstable_rethrow(error);
    return defaultLocale;
  }
}
