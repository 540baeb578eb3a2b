import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { authSecret, sessionCookie, SESSION_MAX_AGE_SECONDS, usesSecureCookies } from "./auth-config";
import { clientIpFrom } from "./client-ip";
import { linkOidcUser, oidcIdentityOf, oidcProvider, OIDC_PROVIDER_ID, userIdForOidcAccount, type OidcClaims } from "./oidc";
import { signInSchema } from "./schemas";
import { SIGN_IN_ERROR } from "./sign-in-errors";
import { verifySignIn } from "./sign-in";
import { sessionStampOf } from "./session-user";
import { endSessionOf } from "./sessions";

const credentialsProvider = CredentialsProvider({
  id: "credentials",
  name: "Email",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(credentials, request) {
    const parsed = signInSchema.safeParse({ email: credentials?.email, password: credentials?.password });
    if (!parsed.success) return null;
    const outcome = await verifySignIn({ ...parsed.data, ip: clientIpFrom(request.headers ?? {}) });
    if (outcome.ok) return outcome.user;
    // A thrown message reaches the form as `error`; null means "wrong e-mail or password".
    switch (outcome.reason) {
      case "rate-limited":
        throw new Error(SIGN_IN_ERROR.rateLimited(outcome.retryAfterMinutes));
      case "unconfirmed":
        throw new Error(SIGN_IN_ERROR.emailNotConfirmed);
      case "disabled":
        throw new Error(SIGN_IN_ERROR.accountDisabled);
      case "invalid":
        return null;
    }
  },
});

async function sessionStampFor(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, sessionVersion: true } });
  return sessionStampOf(user);
}

let cached: NextAuthOptions | undefined;

/**
 * next-auth configuration: e-mail + password, plus the university's OpenID Connect server when
 * configured. Sessions are encrypted JWT cookies (HttpOnly, SameSite=Lax, `__Host-` and Secure on
 * https) holding only the user id and a stamp of the password and session version; everything else
 * is read from the database per request (see current-user.ts), so role changes, disabling and
 * ended sessions apply at once. Built on first use so that `next build` does not need the runtime
 * configuration.
 */
export function getAuthOptions(): NextAuthOptions {
  if (cached) return cached;
  // next-auth v4 builds its callback URLs from NEXTAUTH_URL; the portal's one URL setting is APP_URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  cached = buildAuthOptions();
  return cached;
}

function buildAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: usesSecureCookies(),
    cookies: { sessionToken: sessionCookie() },
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
    providers: [credentialsProvider, ...[oidcProvider()].filter((provider) => provider !== null)],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        // `profile` holds the ID token's claims, completed from UserInfo (see oidc.ts).
        const result = await linkOidcUser(oidcIdentityOf(account.providerAccountId, (profile ?? {}) as Partial<OidcClaims>));
        return result.ok ? true : `/sign-in?error=${result.error}`;
      },
      async jwt({ token, user, account }) {
        // `account` is only present at sign-in; later requests keep the token as issued.
        if (!account) return token;
        // For single sign-on, next-auth's `user.id` is the identity server's subject, not ours.
        const userId = account.provider === OIDC_PROVIDER_ID ? await userIdForOidcAccount(account.providerAccountId) : user.id;
        if (!userId) throw new Error("signed-in account has no portal user");
        logger.info({ userId, provider: account.provider }, "signed in");
        return { sub: userId, stamp: await sessionStampFor(userId) };
      },
      async session({ session }) {
        // Nothing about the user goes to the browser through /api/auth/session.
        return { expires: session.expires };
      },
    },
    events: {
      // next-auth only deletes the cookie; a copy of it would still open the portal until it expires.
      async signOut({ token }) {
        if (typeof token?.sub !== "string" || typeof token.stamp !== "string") return;
        await endSessionOf({ userId: token.sub, stamp: token.stamp });
        logger.info({ userId: token.sub }, "signed out");
      },
    },
    logger: {
      error: (code, metadata) => logger.error({ code, metadata }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => {},
    },
  };
}
