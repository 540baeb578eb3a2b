import { env } from "@/lib/env";

/** Sessions last one long working day; the user signs in again after that. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * The session cookie's names: `__Host-` over https, which browsers only accept from a secure page,
 * for the whole site and without a Domain, so no sibling subdomain can set or shadow it; plain
 * http (local use) cannot carry a prefix.
 */
export const SESSION_COOKIE_NAMES = ["__Host-next-auth.session-token", "next-auth.session-token"] as const;

const DEVELOPMENT_SECRET = "iro-portal-development-secret-never-use-in-production";

/** The key that encrypts session cookies. The env schema makes AUTH_SECRET mandatory in production. */
export function authSecret(): string {
  return env().AUTH_SECRET ?? DEVELOPMENT_SECRET;
}

/** Secure cookies whenever the portal is served over https (production requires it). */
export function usesSecureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

export function sessionCookieName(): string {
  return usesSecureCookies() ? SESSION_COOKIE_NAMES[0] : SESSION_COOKIE_NAMES[1];
}

/** next-auth's session cookie settings; `__Host-` requires exactly Secure, Path=/ and no Domain. */
export function sessionCookie() {
  return {
    name: sessionCookieName(),
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies() },
  };
}
