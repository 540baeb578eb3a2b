import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { emailDomainsOf } from "@/lib/institution/email-domains";

/**
 * The domains students may register with: REGISTRATION_EMAIL_DOMAINS when set, otherwise the
 * institution's own e-mail domain. Subdomains count (student.uni.edu for uni.edu).
 */
export async function registrationDomains(): Promise<string[]> {
  const override = env().REGISTRATION_EMAIL_DOMAINS;
  if (override) {
    return override
      .split(",")
      .map((domain) => domain.trim().toLowerCase())
      .filter(Boolean);
  }
  const institution = await db.institution.findUnique({ where: { id: 1 }, select: { emailDomain: true } });
  // One column holds them all, comma-separated (lib/institution/email-domains.ts).
  return emailDomainsOf(institution?.emailDomain);
}

export function isInDomains(email: string, domains: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

/** "@uni.edu" or "@uni.edu, @student.uni.edu", for messages. */
export function formatDomains(domains: readonly string[]): string {
  return domains.map((domain) => `@${domain}`).join(", ");
}
