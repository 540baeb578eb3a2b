import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/auth-config";
import { isUuid } from "@/lib/forms/fields";

/**
 * The link in every registration e-mail: the registration's id signed with AUTH_SECRET (HMAC-SHA256),
 * so it works without signing in and without storing a token. A forged or altered link fails the
 * signature. A link does not outlive its registration: registering again after a cancellation makes
 * a new registration (a new id), so the old link cannot cancel the new one.
 */

const PURPOSE = "event-registration";

function signatureOf(registrationId: string): Buffer {
  return createHmac("sha256", authSecret()).update(`${PURPOSE}:${registrationId.toLowerCase()}`).digest();
}

export function registrationToken(registrationId: string): string {
  return `${registrationId.toLowerCase()}.${signatureOf(registrationId).toString("base64url")}`;
}

/** The registration a token names, or null for anything malformed or not signed by this portal. */
export function readRegistrationToken(token: unknown): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [id, signature, extra] = token.split(".");
  if (extra !== undefined || !isUuid(id) || !signature) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = signatureOf(id);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id.toLowerCase() : null;
}
