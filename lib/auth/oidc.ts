import "server-only";
import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isInDomains, registrationDomains } from "./email-domain";

export const OIDC_PROVIDER_ID = "oidc";

/** The claims the portal reads, as the identity server sent them (so typed loosely). */
export interface OidcClaims extends Record<string, unknown> {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  preferred_username?: unknown;
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

/**
 * The ID token's claims, completed from the UserInfo endpoint when they lack the e-mail address or
 * its `email_verified` flag: a server following OpenID Connect Core 5.4 returns the claims of the
 * `email` scope from UserInfo only, whenever it issues an access token. The address and its flag
 * come together from one source, never mixed. openid-client checks that UserInfo's `sub` is the ID
 * token's.
 */
export async function withUserInfoEmail(idToken: OidcClaims, fetchUserInfo: () => Promise<Record<string, unknown>>): Promise<OidcClaims> {
  if (idToken.email !== undefined && idToken.email_verified !== undefined) return idToken;
  const userInfo = await fetchUserInfo();
  if (text(userInfo.email) === null) return idToken;
  return { ...userInfo, ...idToken, email: userInfo.email, email_verified: userInfo.email_verified };
}

/** The university's OpenID Connect server, when OIDC_ISSUER/CLIENT_ID/CLIENT_SECRET are set. */
export function oidcProvider(): OAuthConfig<OidcClaims> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_DISPLAY_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: OIDC_DISPLAY_NAME,
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    userinfo: {
      // next-auth's types are narrower than what it passes: `tokens` is openid-client's TokenSet,
      // and what this returns reaches `profile()` below and the signIn callback untouched.
      request: async ({ tokens, client }) => {
        const tokenSet = tokens as TokenSet;
        return (await withUserInfoEmail(tokenSet.claims() as OidcClaims, () => client.userinfo(tokenSet))) as Profile;
      },
    },
    profile(profile) {
      const email = text(profile.email);
      return { id: profile.sub, email, name: text(profile.name) ?? text(profile.preferred_username) ?? email };
    },
  };
}

export interface OidcIdentity {
  subject: string;
  email: string | null;
  /** The `email_verified` claim: null when the server did not send one. */
  emailVerified: boolean | null;
  name?: string | null;
}

/** What the portal takes from the claims. Some servers send `email_verified` as "true"/"false". */
export function oidcIdentityOf(subject: string, claims: Partial<OidcClaims>): OidcIdentity {
  const verified = claims.email_verified;
  return {
    subject,
    email: text(claims.email)?.toLowerCase() ?? null,
    emailVerified: verified === undefined || verified === null ? null : verified === true || verified === "true",
    name: text(claims.name) ?? text(claims.preferred_username),
  };
}

export type OidcLinkError = "SsoNoEmail" | "SsoDomainNotAllowed" | "AccountDisabled";
export type OidcLinkResult = { ok: true; userId: string } | { ok: false; error: OidcLinkError };

/**
 * Finds or creates the portal user behind an identity-server account. A known link wins; otherwise
 * an existing user with the same *verified* e-mail is linked (an unverified e-mail could be
 * anyone's; OIDC_TRUST_EMAIL only stands in for a missing `email_verified`, never for `false`);
 * otherwise a new student is created, under the registration rule: only addresses of the
 * institution's domains (REGISTRATION_EMAIL_DOMAINS). Roles are never taken from the identity
 * server: an admin grants more than student.
 */
export async function linkOidcUser(identity: OidcIdentity): Promise<OidcLinkResult> {
  const linked = await db.userAccount.findUnique({
    where: { provider_providerAccountId: { provider: OIDC_PROVIDER_ID, providerAccountId: identity.subject } },
    select: { user: { select: { id: true, disabledAt: true } } },
  });
  if (linked) return linked.user.disabledAt ? { ok: false, error: "AccountDisabled" } : { ok: true, userId: linked.user.id };

  const email = identity.email?.trim().toLowerCase();
  const verified = identity.emailVerified ?? env().OIDC_TRUST_EMAIL;
  if (!email || !verified) return { ok: false, error: "SsoNoEmail" };
  const domains = await registrationDomains();

  return db.$transaction(async (tx): Promise<OidcLinkResult> => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true, emailVerifiedAt: true } });
    if (existing?.disabledAt) return { ok: false, error: "AccountDisabled" };
    if (!existing && !isInDomains(email, domains)) return { ok: false, error: "SsoDomainNotAllowed" };
    const user =
      existing ??
      (await tx.user.create({
        data: { email, name: identity.name ?? email, role: "STUDENT", emailVerifiedAt: new Date() },
        select: { id: true, disabledAt: true, emailVerifiedAt: true },
      }));
    if (existing && !existing.emailVerifiedAt) {
      await tx.user.update({ where: { id: existing.id }, data: { emailVerifiedAt: new Date() } });
    }
    await tx.userAccount.create({ data: { userId: user.id, provider: OIDC_PROVIDER_ID, providerAccountId: identity.subject } });
    await recordAudit(tx, {
      actor: { id: user.id },
      action: existing ? "user.link-sso" : "user.register-sso",
      entityType: "User",
      entityId: user.id,
      after: { email, provider: OIDC_PROVIDER_ID },
    });
    return { ok: true, userId: user.id };
  });
}

export async function userIdForOidcAccount(subject: string): Promise<string | null> {
  const account = await db.userAccount.findUnique({
    where: { provider_providerAccountId: { provider: OIDC_PROVIDER_ID, providerAccountId: subject } },
    select: { userId: true },
  });
  return account?.userId ?? null;
}
