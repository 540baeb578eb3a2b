// @ts-check
/**
 * PUBLIC_PAGE_CACHE_SECONDS: how long the public page micro-cache and the short-lived query caches
 * keep an entry (default 30; 0 turns all of them off). Read here by both sides of the server: the
 * HTTP server (scripts/server.mjs, plain JavaScript) and the application (lib/cache/short-lived.ts);
 * lib/env.ts validates it with the rest of the configuration.
 */

export const DEFAULT_CACHE_SECONDS = 30;

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ seconds: number; error?: undefined } | { error: string; seconds?: undefined }}
 */
export function cacheSecondsFrom(env = process.env) {
  const raw = env.PUBLIC_PAGE_CACHE_SECONDS;
  if (raw === undefined || raw.trim() === "") return { seconds: DEFAULT_CACHE_SECONDS };
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    return { error: `PUBLIC_PAGE_CACHE_SECONDS must be a number of seconds ≥ 0, got "${raw}".` };
  }
  return { seconds };
}
