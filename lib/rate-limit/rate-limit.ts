import "server-only";
import { db } from "@/lib/db/client";

/**
 * Counters shared by every instance of the portal, kept in PostgreSQL (`RateLimitBucket`): `limit`
 * hits within `windowSeconds` block the key for `blockSeconds`. The database clock is the only
 * clock used, so instances with drifting clocks agree. Remaining times are rounded to whole
 * seconds: stored timestamps have millisecond precision, so a ceiling would turn 900 s into 901.
 */
export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
  blockSeconds: number;
}

/**
 * Failed sign-ins per account (the e-mail typed, whether or not it exists) from one client address:
 * the lock a guesser meets. Being per address, it does not lock out the owner elsewhere.
 */
export const SIGN_IN_PER_ACCOUNT_AND_IP: RateLimitRule = { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/**
 * Failed sign-ins per account from all addresses together: much higher, so only guessing from
 * many addresses at once (ten or more, each stopped at the limit above) locks the account.
 */
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 50, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** Failed sign-ins per client address: higher, as many people may share one (campus NAT). */
export const SIGN_IN_PER_IP: RateLimitRule = { limit: 20, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** E-mails triggered from one address (registration, password reset) per hour. */
export const MAIL_PER_IP: RateLimitRule = { limit: 10, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** E-mails sent to one recipient per hour, so the forms cannot be used to flood an inbox. */
export const MAIL_PER_RECIPIENT: RateLimitRule = { limit: 3, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };

export interface HitResult {
  hits: number;
  /** Seconds the key stays blocked, 0 when it is not. */
  blockedSeconds: number;
}

/** Counts one hit atomically (a single upsert, safe under concurrency) and blocks at the limit. */
export async function recordHit(key: string, rule: RateLimitRule): Promise<HitResult> {
  const { limit, windowSeconds, blockSeconds } = rule;
  const rows = await db.$queryRaw<{ hits: number; blockedSeconds: number }[]>`
    INSERT INTO "RateLimitBucket" AS b ("key", "hits", "windowStart", "blockedUntil")
    VALUES (
      ${key}, 1, now(),
      CASE WHEN 1 >= ${limit}::int THEN now() + make_interval(secs => ${blockSeconds}::int) END
    )
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN b."windowStart" <= now() - make_interval(secs => ${windowSeconds}::int) THEN 1 ELSE b."hits" + 1 END,
      "windowStart" = CASE WHEN b."windowStart" <= now() - make_interval(secs => ${windowSeconds}::int) THEN now() ELSE b."windowStart" END,
      "blockedUntil" = CASE
        WHEN (CASE WHEN b."windowStart" <= now() - make_interval(secs => ${windowSeconds}::int) THEN 1 ELSE b."hits" + 1 END) >= ${limit}::int
          THEN now() + make_interval(secs => ${blockSeconds}::int)
        ELSE b."blockedUntil"
      END
    RETURNING
      "hits",
      GREATEST(0, ROUND(EXTRACT(EPOCH FROM (COALESCE("blockedUntil", now()) - now()))))::int AS "blockedSeconds"`;
  const row = rows[0];
  return { hits: row?.hits ?? 0, blockedSeconds: row?.blockedSeconds ?? 0 };
}

/** The longest remaining block among the keys, in seconds; 0 when none is blocked. */
export async function blockedSecondsFor(keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT COALESCE(MAX(ROUND(EXTRACT(EPOCH FROM ("blockedUntil" - now())))), 0)::int AS "seconds"
    FROM "RateLimitBucket"
    WHERE "key" = ANY(${[...keys]}::text[]) AND "blockedUntil" > now()`;
  return rows[0]?.seconds ?? 0;
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Clears every bucket whose key starts with the prefix (taken literally: no LIKE wildcards). */
export async function clearRateLimitsStartingWith(prefix: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE starts_with("key", ${prefix})`;
}

/** Removes counters nobody has hit for a day, so the table stays as small as the current attacks. */
export async function pruneRateLimits(): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "RateLimitBucket"
    WHERE "windowStart" < now() - interval '1 day' AND ("blockedUntil" IS NULL OR "blockedUntil" < now())`;
}

/** Whole minutes to tell the user, never "0 minutes". */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
