import "server-only";
import { shortLivedCache } from "@/lib/cache/short-lived";

/** The public directory's query results, for 30 seconds (see lib/cache/short-lived.ts). */
const directoryCache = shortLivedCache({ ttlMs: 30_000, maxEntries: 500 });

export function cachedDirectoryQuery<T>(key: string, load: () => Promise<T>): Promise<T> {
  return directoryCache.get(key, load);
}

/** Called by every partner write in this process. */
export function clearDirectoryCache(): void {
  directoryCache.clear();
}
