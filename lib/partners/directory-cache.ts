import "server-only";

/**
 * A short-lived, in-process cache of the public directory's query results. The directory is the
 * busiest public page and the same few URLs (the first page, a popular country) are asked for over
 * and over; for 30 seconds they are answered from memory. Partner writes in this process clear it
 * at once; another instance sees a change at most TTL_MS later. Bounded, oldest entry evicted first.
 */

const TTL_MS = 30_000;
const MAX_ENTRIES = 500;

const entries = new Map<string, { expires: number; value: Promise<unknown> }>();

export function cachedDirectoryQuery<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  if (hit) entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  const value = load();
  entries.set(key, { expires: now + TTL_MS, value });
  // A failed query is not kept: the next request tries again.
  value.catch(() => entries.delete(key));
  return value;
}

export function clearDirectoryCache(): void {
  entries.clear();
}
