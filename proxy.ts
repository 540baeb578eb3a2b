import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES, usesSecureCookies } from "@/lib/auth/auth-config";
import { buildContentSecurityPolicy, createNonce } from "@/lib/auth/csp";

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

  if (SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) && !hasSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
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
  // Layouts are not told the path; the dashboard layout reads this to return here after sign-in.
  requestHeaders.set("x-pathname", pathname);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
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
