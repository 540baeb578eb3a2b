"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/lib/env";
import { languageAddress } from "@/lib/seo/language-addresses";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, LOCALE_PARAM, locales, type AppLocale } from "./config";

const setLocaleSchema = z.object({ locale: z.enum(locales), returnTo: z.string().max(2048).optional() });

/**
 * The page to return to in the chosen language, when the page posted from named its language in
 * its address (`?lang=`, decision 008): re-rendering that address would show the old language. Only
 * a path of this site is followed, so the field cannot send anyone elsewhere.
 */
function addressInLanguage(returnTo: string | undefined, locale: AppLocale): string | null {
  if (!returnTo?.startsWith("/") || returnTo.startsWith("//") || returnTo.startsWith("/\\")) return null;
  const url = new URL(returnTo, "http://same.invalid");
  if (url.origin !== "http://same.invalid" || !url.searchParams.has(LOCALE_PARAM)) return null;
  return languageAddress("", url.pathname, url.search, locale);
}

/**
 * Remembers the visitor's language. Used as a form action so it also works as a plain POST without
 * JavaScript; Next.js then re-renders the page that posted, so the visitor stays where they were
 * (an address with `?lang=` is first changed to the chosen language). An unknown value is ignored
 * rather than reported: the only legitimate caller is the switch.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  // A crafted request can call the action with anything; only the switch's form is answered.
  if (!(formData instanceof FormData)) return;
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale"), returnTo: formData.get("returnTo") ?? undefined });
  if (!parsed.success) return;

  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    // Tied to the public URL rather than NODE_ENV so an http intranet deployment still keeps the choice.
    secure: env().APP_URL.startsWith("https://"),
  });

  const target = addressInLanguage(parsed.data.returnTo, parsed.data.locale);
  if (target) redirect(target);
}
