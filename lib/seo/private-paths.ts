/**
 * Pages no search engine should index or be sent to: the staff area, the student's own area, the
 * sign-in and account pages (one per folder of app/(auth); the sitemap test checks the list), a
 * student's application form and the development and benchmark pages. robots.txt disallows them,
 * their layouts say `noindex` and proxy.ts adds `X-Robots-Tag: noindex`.
 */
export const PRIVATE_PATH_PREFIXES = [
  "/dashboard",
  "/my",
  "/accept-invitation",
  "/confirm-email",
  "/forgot-password",
  "/register",
  "/reset-password",
  "/sign-in",
  "/sign-out",
  "/dev",
  "/floor",
  // The unsubscribe page of the grant-call digest: its address carries a personal token.
  "/grant-calls/unsubscribe",
  // The first-run setup page: reachable with a one-time token only, while no admin exists.
  "/setup",
] as const;

/** The application form of a call (`/opportunities/<id>/apply`): per student, behind sign-in. */
export const APPLICATION_FORM_PATTERN = "/opportunities/*/apply";

const APPLICATION_FORM = /^\/opportunities\/[^/]+\/apply(?:\/|$)/;

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) || APPLICATION_FORM.test(pathname);
}
