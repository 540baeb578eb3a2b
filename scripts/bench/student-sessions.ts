// Session cookies for the benchmark's students, minted with the servers' AUTH_SECRET exactly as a
// sign-in issues them (an encrypted JWT with the user id and the account's session stamp), so that
// hundreds of students can act at once without hundreds of password checks and without meeting the
// per-address sign-in limits (they all come from 127.0.0.1). The sign-in itself is measured elsewhere.
import { encode } from "next-auth/jwt";
import type pg from "pg";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth-config";
import { sessionStampOf } from "@/lib/auth/session-user";

/** The cookie over http (the bench servers' APP_URL): no `__Host-` prefix. */
const COOKIE_NAME = SESSION_COOKIE_NAMES[1];

export interface StudentSession {
  id: string;
  email: string;
  cookie: string;
}

/** A Cookie header for each of these users (by e-mail), in the order given. */
export async function mintSessions(client: pg.Client, secret: string, emails: string[]): Promise<StudentSession[]> {
  const rows = (
    await client.query<{ id: string; email: string; passwordHash: string | null; sessionVersion: number }>(
      `SELECT id::text, email, "passwordHash", "sessionVersion" FROM "User" WHERE email = ANY($1::text[])`,
      [emails],
    )
  ).rows;
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  return Promise.all(
    emails.map(async (email) => {
      const user = byEmail.get(email);
      if (!user) throw new Error(`no user ${email} in the bench database`);
      const token = await encode({ token: { sub: user.id, stamp: sessionStampOf(user) }, secret, maxAge: 12 * 60 * 60 });
      return { id: user.id, email, cookie: `${COOKIE_NAME}=${token}` };
    }),
  );
}
