"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, locales } from "./config";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * Remembers the visitor's language. Used as a form action so it also works as a plain POST without
 * JavaScript; Next.js then re-renders the page that posted, so the visitor stays where they were.
 * An unknown value is ignored rather than reported: the only legitimate caller is the switch.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;

  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    // Tied to the public URL rather than NODE_ENV so an http intranet deployment still keeps the choice.
    secure: env().APP_URL.startsWith("https://"),
  });
}
