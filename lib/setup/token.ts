import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/auth-config";
import { db, type TransactionClient } from "@/lib/db/client";

/**
 * The one-time token that opens the first-run setup page (stored in SetupToken, id 1, as its sha256).
 *
 * The token is not random but derived from the row's creation time and AUTH_SECRET (an HMAC). Every
 * server process runs the start-up tasks — one per core, and perhaps several instances — and each
 * prints the setup address: derived from the row they all read, the address is the same in every
 * log, where random tokens would leave only the last writer's address working. The database holds
 * only the hash, so reading it does not give the token away; whoever holds AUTH_SECRET can already
 * sign any session.
 */

export function hashSetupToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function tokenFor(createdAt: Date): string {
  return createHmac("sha256", authSecret()).update(`iro-portal:setup:${createdAt.toISOString()}`).digest("base64url");
}

/** Whether an admin account exists (enabled or not: a disabled admin does not reopen the setup). */
export async function adminExists(client: Pick<TransactionClient, "user"> = db): Promise<boolean> {
  return (await client.user.count({ where: { role: "ADMIN" }, take: 1 })) > 0;
}

/**
 * The setup token to print at start, or null once an admin exists (the token is then spent). Kept
 * across restarts while unused; a row that was spent, or derived from another AUTH_SECRET, is
 * replaced. The row lock makes processes starting together agree on one row.
 */
export async function prepareSetupToken(now = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    if (await adminExists(tx)) {
      await tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } });
      return null;
    }
    await tx.$executeRaw`INSERT INTO "SetupToken" ("id", "tokenHash", "createdAt") VALUES (1, ${hashSetupToken(tokenFor(now))}, ${now}) ON CONFLICT ("id") DO NOTHING`;
    const [row] = await tx.$queryRaw<{ tokenHash: string; createdAt: Date; usedAt: Date | null }[]>`
      SELECT "tokenHash", "createdAt", "usedAt" FROM "SetupToken" WHERE "id" = 1 FOR UPDATE`;
    if (row && row.usedAt === null && row.tokenHash === hashSetupToken(tokenFor(row.createdAt))) return tokenFor(row.createdAt);
    await tx.setupToken.update({ where: { id: 1 }, data: { tokenHash: hashSetupToken(tokenFor(now)), createdAt: now, usedAt: null } });
    return tokenFor(now);
  });
}

/** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Whether `token` is the unspent setup token (for showing the form; the setup checks again under a lock). */
export async function isSetupTokenValid(token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const row = await db.setupToken.findUnique({ where: { id: 1 }, select: { tokenHash: true, usedAt: true } });
  return row !== null && row.usedAt === null && sameHash(row.tokenHash, hashSetupToken(token));
}

/**
 * Spends the token inside the setup's transaction, or answers false when it is not the unspent one.
 * The row is locked first: of two setups sent at once, the second waits and then finds it spent.
 */
export async function spendSetupToken(tx: TransactionClient, token: string, now: Date): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ tokenHash: string; usedAt: Date | null }[]>`
    SELECT "tokenHash", "usedAt" FROM "SetupToken" WHERE "id" = 1 FOR UPDATE`;
  // Hashing the guess even without a row keeps the time the same whether or not a token was issued.
  const guess = hashSetupToken(token);
  if (!row || row.usedAt !== null || !sameHash(row.tokenHash, guess)) return false;
  await tx.setupToken.update({ where: { id: 1 }, data: { usedAt: now } });
  return true;
}
