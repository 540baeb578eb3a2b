/**
 * Where everyone lands after signing in: the dashboard, which shows each role its own sections
 * (a student their applications and the open calls, staff their office sections).
 */
export const LANDING_PATH = "/dashboard";

/**
 * A `callbackUrl` the portal may send someone to after signing in: only a path on this site, never
 * another origin (`//evil.example`, `https://…`) and never back into the auth pages.
 */
export function safeCallbackPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/^\/(sign-in|sign-out|register)(\/|\?|$)/.test(value)) return null;
  return value;
}
