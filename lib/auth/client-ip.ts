import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function readHeader(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address. Each trusted proxy appends the address it saw to X-Forwarded-For, so the
 * entry TRUSTED_PROXY_HOPS places from the right is the first one a client cannot forge. Without a
 * proxy, Next.js fills in the socket address when the header is missing.
 */
export function clientIpFrom(source: HeaderSource): string | null {
  const forwarded = readHeader(source, "x-forwarded-for");
  if (forwarded) {
    const entries = forwarded
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const index = Math.max(0, entries.length - env().TRUSTED_PROXY_HOPS);
    const picked = entries[index];
    if (picked) return picked.slice(0, 64);
  }
  return readHeader(source, "x-real-ip")?.trim().slice(0, 64) || null;
}

/** The client address of the current request, or null outside a request (scripts, tests). */
export async function getClientIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}
