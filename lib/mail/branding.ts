import "server-only";
import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { localize } from "@/lib/translations/content";
import type { MailBrand } from "./layout/content";

export type { MailBrand } from "./layout/content";

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur"]);

/** Shown until the first run has created the institution row (as the site header does). */
const PLACEHOLDER = { name: "International Relations Office", address: "", email: "", phone: null, logoPath: null, translations: {} };

/** A site path ("/logo.svg") or an http(s) address, made absolute against APP_URL; anything else is left out. */
function absoluteLogo(logoPath: string | null, appUrl: string): string | null {
  if (!logoPath) return null;
  try {
    const url = new URL(logoPath, appUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

async function loadInstitution() {
  const row = await db.institution.findUnique({
    where: { id: 1 },
    select: { name: true, address: true, email: true, phone: true, logoPath: true, translations: true, defaultLanguage: true },
  });
  const defaultLanguage: AppLocale = row && isLocale(row.defaultLanguage) ? row.defaultLanguage : defaultLocale;
  return { record: row ?? PLACEHOLDER, defaultLanguage };
}

/**
 * The language a message is written in: the one asked for when it is a portal language, else the
 * recipient's account language when `to` has an account, else the institution's default.
 */
export async function messageLocale(requested: string | null | undefined, to?: string): Promise<AppLocale> {
  if (isLocale(requested)) return requested;
  if (to) {
    // Accounts' addresses are stored in lower case (lib/auth/schemas.ts): the unique index finds them.
    const user = await db.user.findUnique({ where: { email: to.trim().toLowerCase() }, select: { locale: true } });
    if (isLocale(user?.locale)) return user.locale;
  }
  return (await loadInstitution()).defaultLanguage;
}

/** The institution's name, logo and contacts for the layout, in `locale` (falling back as public pages do). */
export async function mailBrand(locale: AppLocale): Promise<MailBrand> {
  const { record, defaultLanguage } = await loadInstitution();
  const texts = localize(record, ["name", "address"], locale, defaultLanguage);
  const { APP_URL } = env();
  return {
    locale,
    dir: RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr",
    name: texts.name.text,
    logoUrl: absoluteLogo(record.logoPath, APP_URL),
    address: texts.address.text,
    email: record.email,
    phone: record.phone,
    portalUrl: new URL("/", APP_URL).toString(),
  };
}
