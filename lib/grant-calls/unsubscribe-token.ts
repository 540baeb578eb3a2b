import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/auth-config";
import { env } from "@/lib/env";
import { isUuid } from "@/lib/forms/fields";

/**
 * The digest's unsubscribe link works without signing in: its token names the subscription and is
 * signed with HMAC-SHA256 under AUTH_SECRET, so nobody can make one for another subscription. It is
 * bound to the subscription, not to the person: once that subscription is ended the link only says
 * so, and subscribing again makes a new subscription with a new link. Nothing is stored for it.
 */

/** Keeps these signatures apart from anything else ever signed with the same secret. */
const PURPOSE = "grant-call-digest-unsubscribe:v1:";

function signatureOf(subscriptionId: string): Buffer {
  return createHmac("sha256", authSecret()).update(PURPOSE + subscriptionId.toLowerCase()).digest();
}

export function unsubscribeToken(subscriptionId: string): string {
  return `${subscriptionId.toLowerCase()}.${signatureOf(subscriptionId).toString("base64url")}`;
}

/** The subscription a token names, or null for anything not signed by this portal. */
export function verifyUnsubscribeToken(token: unknown): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [id, signature, ...rest] = token.split(".");
  if (rest.length > 0 || !isUuid(id) || !signature || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = signatureOf(id);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id.toLowerCase() : null;
}

/** The page the e-mail links to: it shows the subscription and a button, so a mail scanner opening links unsubscribes nobody. */
export function unsubscribeUrl(subscriptionId: string): string {
  const url = new URL("/grant-calls/unsubscribe", env().APP_URL);
  url.searchParams.set("token", unsubscribeToken(subscriptionId));
  return url.toString();
}
