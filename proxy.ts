import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES, usesSecureCookies } from "@/lib/auth/auth-config";
import { buildContentSecurityPolicy, createNonce } from "@/lib/auth/csp";
import { ADDRESS_LOCALE_HEADER, LOCALE_PARAM } from "@/i18n/config";
import { localeFromAddress } from "@/i18n/negotiate-locale";
import { isPrivatePath } from "@/lib/seo/private-paths";

/** Areas that need a signed-in user. Only the early redirect lives here; pages and actions check. */
const SIGNED_IN_PREFIXES = ["/dashboard"];

function hasSessionCookie(request: NextRequest): boolean {
  // Chunked cookies (`name.0`, `name.1`) appear when a token outgrows 4 kB.
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIE_NAMES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

/**
 * Runs before every page request: sends visitors without a session straight to sign-in (saving a
 * render), and sets a fresh CSP nonce. It is not a security boundary: a matcher change or a cookie
 * that no longer decrypts passes through here, and the layout, page and action checks still hold.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const addressLocale = localeFromAddress(request.nextUrl.searchParams);

  if (SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) && !hasSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    if (addressLocale) signIn.searchParams.set(LOCALE_PARAM, addressLocale);
    return NextResponse.redirect(signIn);
  }

  const nonce = createNonce();
  const csp = buildContentSecurityPolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV === "development",
    // From APP_URL, not the request: behind a TLS-terminating proxy the request itself is plain http.
    isHttps: usesSecureCookies(),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // Layouts are not told the address; the dashboard layout reads the path to return here after
  // sign-in, the public layout both to name the page's language versions (lib/seo).
  requestHeaders.set("x-pathname", pathname);
  requestHeaders.set("x-search", search);
  // The language an address names (`?lang=az`, decision 008) for i18n/request.ts. Set or removed
  // here, never passed on from the client: the public page cache keys on the address, so a sent
  // header must not change what a cached page says (prefetches skip this proxy, and no cache keeps them).
  if (addressLocale) requestHeaders.set(ADDRESS_LOCALE_HEADER, addressLocale);
  else requestHeaders.delete(ADDRESS_LOCALE_HEADER);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // Staff, student and sign-in pages also say so in their metadata; the header covers every response.
  if (isPrivatePath(pathname)) response.headers.set("x-robots-tag", "noindex");
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes, build assets, images and files with an extension need no nonce.
      source: "/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.[a-zA-Z0-9]+$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
