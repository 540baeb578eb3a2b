/**
 * The Content-Security-Policy of every page. Scripts run only with the per-request nonce (Next.js
 * puts it on its own scripts when it finds it in the request's CSP header) or when loaded by such a
 * script ('strict-dynamic'). Styles allow inline: React renders `style` attributes and the toast
 * library injects a <style> element, and CSS injection is a far smaller risk than script.
 */
export function buildContentSecurityPolicy(options: { nonce: string; isDevelopment: boolean; isHttps: boolean }): string {
  const { nonce, isDevelopment, isHttps } = options;
  const directives = [
    "default-src 'self'",
    // React rebuilds server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ];
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** 128 random bits, base64: fresh for every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
