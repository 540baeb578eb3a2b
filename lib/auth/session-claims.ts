import "server-only";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { authSecret, sessionCookieName, usesSecureCookies } from "./auth-config";
import type { SessionClaims } from "./session-user";

/**
 * Decrypts the session cookie of the current request. Reads the JWT directly rather than through
 * `getServerSession`, so the stamp stays server-side and never appears in `/api/auth/session`.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const token = await getToken({
    req: {
      cookies: Object.fromEntries(cookieStore.getAll().map((cookie) => [cookie.name, cookie.value])),
      headers: Object.fromEntries(headerList.entries()),
    } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authSecret(),
    secureCookie: usesSecureCookies(),
    cookieName: sessionCookieName(),
  });
  if (!token || typeof token.sub !== "string" || typeof token.stamp !== "string") return null;
  return { userId: token.sub, stamp: token.stamp };
}
