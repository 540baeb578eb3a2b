import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { TransactionClient } from "@/lib/db/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

/** How long each kind of e-mailed link works. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  EMAIL_CONFIRMATION: 24 * 60 * 60,
  PASSWORD_RESET: 60 * 60,
  STAFF_INVITATION: 7 * 24 * 60 * 60,
};

export function hashToken(rawToken: string): string {
  return createHash("sha256").update(rawToken).digest("hex");
}

/**
 * Creates a link token: 32 random bytes for the e-mail, only their sha256 in the database. Earlier
 * unused tokens of the same purpose are removed, so only the latest link works.
 */
export async function issueToken(tx: TransactionClient, userId: string, purpose: TokenPurpose): Promise<string> {
  const rawToken = randomBytes(32).toString("base64url");
  await tx.oneTimeToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.oneTimeToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(rawToken),
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_SECONDS[purpose] * 1000),
    },
  });
  return rawToken;
}

/**
 * Spends a token: returns its user, or null when it is unknown, expired, already used or meant for
 * something else. The conditional update is the lock: of two concurrent uses only one sees a row
 * with `usedAt` still empty. Call it in the transaction that does what the link is for, so a failure
 * there leaves the link usable.
 */
export async function consumeToken(
  tx: TransactionClient,
  rawToken: string,
  purpose: TokenPurpose,
): Promise<{ userId: string } | null> {
  const tokenHash = hashToken(rawToken);
  const now = new Date();
  const { count } = await tx.oneTimeToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const token = await tx.oneTimeToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  return { userId: token.userId };
}
