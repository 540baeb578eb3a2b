import "server-only";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { rateLimitKeys } from "@/lib/rate-limit/keys";
import {
  blockedSecondsFor,
  clearRateLimit,
  clearRateLimitsStartingWith,
  minutesToWait,
  pruneRateLimits,
  recordHit,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_AND_IP,
  SIGN_IN_PER_IP,
} from "@/lib/rate-limit/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "unconfirmed" | "disabled" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

/**
 * The brute-force limits on guessing a password: the account from this address (the lock a
 * guesser meets), the account from everywhere (much higher, against guessing from many
 * addresses), and this address across accounts. Without a known address, all unknown addresses
 * share one lock for the account.
 */
function passwordGuessLimits(email: string, ip: string | null) {
  const limits = [
    { key: rateLimitKeys.signInAccountFromIp(email, ip), rule: SIGN_IN_PER_ACCOUNT_AND_IP },
    { key: rateLimitKeys.signInAccount(email), rule: SIGN_IN_PER_ACCOUNT },
  ];
  if (ip) limits.push({ key: rateLimitKeys.signInIp(ip), rule: SIGN_IN_PER_IP });
  return limits;
}

/** Minutes until the account may be tried again from this address, or 0 when it may now. */
export async function passwordGuessBlockedMinutes(email: string, ip: string | null): Promise<number> {
  const seconds = await blockedSecondsFor(passwordGuessLimits(email, ip).map((limit) => limit.key));
  return seconds > 0 ? minutesToWait(seconds) : 0;
}

/** Counts a wrong password against every limit; the minutes now blocked, or 0. */
export async function recordWrongPassword(email: string, ip: string | null): Promise<number> {
  const limits = passwordGuessLimits(email, ip);
  const hits = await Promise.all(limits.map(({ key, rule }) => recordHit(key, rule)));
  // Counts by kind ("account-ip", "account", "ip"); the keys themselves hold the e-mail.
  const counts = Object.fromEntries(limits.map(({ key }, index) => [key.split(":")[1], hits[index]?.hits]));
  logger.info({ counts, ip }, "wrong password");
  const blocked = Math.max(...hits.map((hit) => hit.blockedSeconds));
  return blocked > 0 ? minutesToWait(blocked) : 0;
}

/** Whoever proved the password (or holds the mailbox, after a reset) may try again at once. */
export async function clearPasswordGuesses(email: string, scope: { ip: string | null } | "every-address"): Promise<void> {
  if (scope === "every-address") {
    await clearRateLimitsStartingWith(rateLimitKeys.signInAccountFromIpPrefix(email));
    await clearRateLimit(rateLimitKeys.signInAccount(email));
    return;
  }
  await clearRateLimit(rateLimitKeys.signInAccountFromIp(email, scope.ip));
}

/**
 * Checks an e-mail and password under the brute-force limits: while one of them blocks, the
 * password is not even tried. Success clears this address's counter for the account, not the
 * account-wide one (which other addresses' guesses filled) nor the address's (which a valid
 * account must not launder).
 */
export async function verifySignIn(input: { email: string; password: string; ip: string | null }): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const blockedMinutes = await passwordGuessBlockedMinutes(email, input.ip);
  if (blockedMinutes > 0) return { ok: false, reason: "rate-limited", retryAfterMinutes: blockedMinutes };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, emailVerifiedAt: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);

  if (!user || !valid) {
    const nowBlocked = await recordWrongPassword(email, input.ip);
    if (nowBlocked > 0) return { ok: false, reason: "rate-limited", retryAfterMinutes: nowBlocked };
    return { ok: false, reason: "invalid" };
  }

  await clearPasswordGuesses(email, { ip: input.ip });
  await pruneRateLimits();
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
