import "server-only";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { rateLimitKeys } from "@/lib/rate-limit/keys";
import {
  blockedSecondsFor,
  clearRateLimit,
  minutesToWait,
  pruneRateLimits,
  recordHit,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_IP,
} from "@/lib/rate-limit/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "unconfirmed" | "disabled" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

/**
 * Checks an e-mail and password under the brute-force limits: while the account or the client
 * address is blocked the password is not even tried; each failure counts against both; success
 * clears the account's counter (not the address's, which a valid account must not launder).
 */
export async function verifySignIn(input: { email: string; password: string; ip: string | null }): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const accountKey = rateLimitKeys.signInAccount(email);
  const keys = input.ip ? [accountKey, rateLimitKeys.signInIp(input.ip)] : [accountKey];

  const blocked = await blockedSecondsFor(keys);
  if (blocked > 0) return { ok: false, reason: "rate-limited", retryAfterMinutes: minutesToWait(blocked) };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, emailVerifiedAt: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);

  if (!user || !valid) {
    const [account, ip] = await Promise.all([
      recordHit(accountKey, SIGN_IN_PER_ACCOUNT),
      input.ip ? recordHit(rateLimitKeys.signInIp(input.ip), SIGN_IN_PER_IP) : Promise.resolve({ hits: 0, blockedSeconds: 0 }),
    ]);
    const nowBlocked = Math.max(account.blockedSeconds, ip.blockedSeconds);
    logger.info({ accountHits: account.hits, ipHits: ip.hits, ip: input.ip }, "sign-in failed");
    if (nowBlocked > 0) return { ok: false, reason: "rate-limited", retryAfterMinutes: minutesToWait(nowBlocked) };
    return { ok: false, reason: "invalid" };
  }

  await clearRateLimit(accountKey);
  await pruneRateLimits();
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
