import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request may change data: safe methods always; otherwise its Origin must be the
 * portal's own (APP_URL, or the host the request was addressed to). Browsers send Origin on every
 * cross-site POST, so a forged form on another site fails here. Without Origin, or with the opaque
 * "null" a page with `Referrer-Policy: no-referrer` sends on its own forms, Sec-Fetch-Site decides
 * (set by the browser, never by the page: a sandboxed frame's opaque origin reads "cross-site"); a
 * request with neither does not come from a browser and so is no CSRF vector.
 */
export function isSameOriginRequest(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (origin === "null") return site === "same-origin";
  if (origin) {
    const allowed = new Set([originOf(env().APP_URL), originOf(request.url)]);
    return allowed.has(originOf(origin));
  }
  return site === null || site === "same-origin" || site === "none";
}

/** For route handlers that change data; throws FORBIDDEN for a cross-origin request. */
export function assertSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request)) {
    throw new AppError("FORBIDDEN", { messageKey: "errors.generic.forbidden" });
  }
}
