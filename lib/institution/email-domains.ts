import { z } from "zod";
import { MESSAGES, withValues } from "@/lib/forms/fields";

/**
 * The e-mail domains of the institution's people (`Institution.emailDomain`): students register with
 * an address of one of them (lib/auth/email-domain.ts). One column holds them all, separated by
 * commas ("khazar.org,student.khazar.org"), as REGISTRATION_EMAIL_DOMAINS writes them. People type
 * them with or without "@", separated by commas, semicolons or spaces. No server imports: the setup
 * and settings forms check with it in the browser.
 */

export const EMAIL_DOMAINS_MAX_LENGTH = 500;

const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domains of a typed or stored list, lower case, without "@", each once; null when one is not a domain. */
export function parseEmailDomains(text: string): string[] | null {
  const parts = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^@/, ""))
    .filter(Boolean);
  if (parts.some((part) => !DOMAIN.test(part))) return null;
  return [...new Set(parts)];
}

/** The stored column's domains (an unreadable part is skipped, never thrown on). */
export function emailDomainsOf(stored: string | null | undefined): string[] {
  return (stored ?? "")
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^@/, ""))
    .filter((part) => DOMAIN.test(part));
}

/** The form field: at least one domain; stored comma-separated. */
export const emailDomainsField = z
  .string(MESSAGES.required)
  .trim()
  .min(1, MESSAGES.required)
  .max(EMAIL_DOMAINS_MAX_LENGTH, withValues("common.form.errors.tooLong", { max: EMAIL_DOMAINS_MAX_LENGTH }))
  .transform((text, ctx) => {
    const domains = parseEmailDomains(text);
    if (!domains || domains.length === 0) {
      ctx.addIssue({ code: "custom", message: "admin.settings.validation.emailDomains" });
      return z.NEVER;
    }
    return domains.join(",");
  });

/** As the form shows the stored list: "khazar.org, student.khazar.org". */
export function formatEmailDomainsForForm(stored: string): string {
  return emailDomainsOf(stored).join(", ");
}
