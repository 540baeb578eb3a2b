import "server-only";
import { cacheSecondsFrom } from "./cache-seconds.mjs";
import { onClear, tellPeers } from "./cache-bus.mjs";

/**
 * A short-lived, in-process cache of query results for the busiest public pages: the same few URLs
 * (a list's first page, a popular filter) are asked for over and over, and for a few seconds they
 * are answered from memory. A write clears the cache at once in this process and, through the
 * cache bus (cache-bus.mjs), every short-lived cache in every other process, of this instance and of
 * the others (database-bus.mjs). Bounded: the oldest entry is evicted first. A failed load is not
 * kept, so the next request tries again.
 *
 * Entries live PUBLIC_PAGE_CACHE_SECONDS, like the public pages built from them (0 turns every
 * short-lived cache off: each call loads afresh). `ttlMs` may only shorten that for one cache.
 */
export interface ShortLivedCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
}

/** The setting's lifetime in ms, read on first use (never at import: `next build` loads this file). */
let settingMs: number | undefined;
function settingTtlMs(): number {
  if (settingMs === undefined) {
    const { seconds, error } = cacheSecondsFrom(process.env);
    // A wrong value stops the server at start (scripts/server.mjs, lib/env.ts); here it only turns caching off.
    settingMs = error === undefined ? seconds * 1000 : 0;
  }
  return settingMs;
}

/** Tests: read PUBLIC_PAGE_CACHE_SECONDS again. */
export function rereadCacheSetting(): void {
  settingMs = undefined;
}

export function shortLivedCache({ ttlMs, maxEntries }: { ttlMs?: number; maxEntries: number }): ShortLivedCache {
  const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
  // A clear relayed from another process empties this cache too.
  onClear("queries", () => entries.clear());
  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const lifetime = Math.min(ttlMs ?? Infinity, settingTtlMs());
      if (lifetime <= 0) return load();
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value as Promise<T>;
      if (hit) entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      const value = load();
      entries.set(key, { expires: now + lifetime, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
      tellPeers("queries");
    },
  };
}
