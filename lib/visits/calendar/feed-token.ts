import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { requireSomeScope } from "@/lib/agreements/access";
import { canSome } from "@/lib/permissions";

/**
 * A staff member's private calendar link: a random secret in the address, of which only the
 * SHA-256 is stored (User.calendarTokenHash), so the database never holds a working link. Making
 * a new link ends the old one; revoking ends it with none in its place. The feed answers only
 * while its owner is an active staff member who may read visits.
 */

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function calendarFeedUrl(token: string): string {
  return new URL(`/api/calendar/${token}`, env().APP_URL).toString();
}

/** Makes the user's link (ending any earlier one) and returns it: it is shown once, never stored. */
/** Staff who may read visits keep a calendar; students and visitors have none. */
function requireCalendarUser(user: SessionUser | null): asserts user is SessionUser {
  requireSomeScope(user, "visit:read");
}

export async function createCalendarLink(user: SessionUser | null): Promise<{ url: string }> {
  requireCalendarUser(user);
  const token = randomBytes(32).toString("base64url");
  await auditedWrite(user, async (tx, audit) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarTokenHash: true } });
    await tx.user.update({ where: { id: user.id }, data: { calendarTokenHash: hashCalendarToken(token) } });
    await audit({ action: "calendar.link.create", entityType: "User", entityId: user.id, after: { replacedEarlierLink: before.calendarTokenHash !== null } });
  });
  return { url: calendarFeedUrl(token) };
}

/** Ends the user's link; with none, nothing changes. */
export async function revokeCalendarLink(user: SessionUser | null): Promise<{ revoked: boolean }> {
  requireCalendarUser(user);
  return auditedWrite(user, async (tx, audit) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, calendarTokenHash: { not: null } }, data: { calendarTokenHash: null } });
    if (count > 0) await audit({ action: "calendar.link.revoke", entityType: "User", entityId: user.id });
    return { revoked: count > 0 };
  });
}

export async function hasCalendarLink(user: SessionUser): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { calendarTokenHash: true } });
  return Boolean(row?.calendarTokenHash);
}

/** The staff member a link belongs to, or null for an unknown, revoked or no longer valid one. */
export async function findCalendarOwner(token: string): Promise<(SessionUser & { locale: string | null }) | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const owner = await db.user.findUnique({
    where: { calendarTokenHash: hashCalendarToken(token) },
    select: { id: true, email: true, name: true, role: true, unitId: true, locale: true, disabledAt: true },
  });
  if (!owner || owner.disabledAt) return null;
  const user = { id: owner.id, email: owner.email, name: owner.name, role: owner.role, unitId: owner.unitId, locale: owner.locale };
  return canSome(user, "visit:read") ? user : null;
}
