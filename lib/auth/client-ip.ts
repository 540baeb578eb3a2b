import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * The TCP peer's address, which the portal's own HTTP server (scripts/server.mjs) writes into
 * every request, replacing any value a client sent. Next.js offers no other way to read it: it
 * only fills in X-Forwarded-For when that header is missing, and a client may send it.
 */
export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";

function readHeader(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** Trimmed, bounded, and an IPv4 address in IPv6 form ("::ffff:10.0.0.1") written the usual way. */
function cleanAddress(address: string | undefined): string | null {
  const trimmed = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").slice(0, 64);
  return trimmed || null;
}

/**
 * The client's address, for sign-in limits and the audit log. With no proxy in front
 * (TRUSTED_PROXY_HOPS=0, the default) it is the socket's address and X-Forwarded-For is ignored,
 * since anyone can send it. Behind N proxies, each appends the address it received the request
 * from, so the entry N places from the right was written by the outermost trusted proxy and is
 * the first one a client cannot forge. A request with fewer entries did not pass through every
 * proxy, and gets the socket's address. Null when the address is unknown (outside a request, or
 * a server that does not report the socket: `next dev`).
 */
export function clientIpFrom(source: HeaderSource): string | null {
  const socketAddress = cleanAddress(readHeader(source, SOCKET_ADDRESS_HEADER));
  const hops = env().TRUSTED_PROXY_HOPS;
  if (hops === 0) return socketAddress;
  const entries = (readHeader(source, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length < hops) return socketAddress;
  return cleanAddress(entries[entries.length - hops]);
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
