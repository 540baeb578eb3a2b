import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { noteRequestUser } from "@/lib/logging/request-context.mjs";
import { readSessionClaims } from "./session-claims";
import { loadSessionUser } from "./session-user";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
}

/**
 * The signed-in user, read fresh from the database on every request (so a disabled account or a
 * changed role takes effect at once), or null for a visitor. Cached per request: layout, page and
 * actions of one request share a single query.
 */
export const getCurrentUser: () => Promise<SessionUser | null> = cache(async () => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const user = await loadSessionUser(claims);
  // The access log line and every log line of this request name who made it.
  noteRequestUser(user?.id);
  return user;
});
