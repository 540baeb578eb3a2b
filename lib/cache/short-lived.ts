import "server-only";
import { onClear, tellPeers } from "./cache-bus.mjs";

/**
 * A short-lived, in-process cache of query results for the busiest public pages: the same few URLs
 * (a list's first page, a popular filter) are asked for over and over, and for a few seconds they
 * are answered from memory. A write clears the cache at once in this process and, through the
 * cache bus (cache-bus.mjs), every short-lived cache in the other processes of the same `npm start`;
 * another machine sees a change at most `ttlMs` later. Bounded: the oldest entry is evicted first.
 * A failed load is not kept, so the next request tries again.
 */
export interface ShortLivedCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function shortLivedCache({ ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }): ShortLivedCache {
  const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
  // A clear relayed from another process empties this cache too.
  onClear("queries", () => entries.clear());
  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value as Promise<T>;
      if (hit) entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      const value = load();
      entries.set(key, { expires: now + ttlMs, value });
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
