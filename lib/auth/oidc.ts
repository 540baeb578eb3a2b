import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { OAuthConfig } from "next-auth/providers/oauth";

export const OIDC_PROVIDER_ID = "oidc";

interface OidcProfile extends Record<string, unknown> {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
}

/** The university's OpenID Connect server, when OIDC_ISSUER/CLIENT_ID/CLIENT_SECRET are set. */
export function oidcProvider(): OAuthConfig<OidcProfile> | null {
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
    profile(profile) {
      return {
        id: profile.sub,
        email: profile.email ?? null,
        name: profile.name ?? profile.preferred_username ?? profile.email ?? null,
      };
    },
  };
}

export type OidcLinkResult = { ok: true; userId: string } | { ok: false; error: "SsoNoEmail" | "AccountDisabled" };

/**
 * Finds or creates the portal user behind an identity-server account. A known link wins; otherwise
 * an existing user with the same *verified* e-mail is linked (an unverified e-mail could be anyone's);
 * otherwise a new student is created. Roles are never taken from the identity server: an admin
 * grants more than student.
 */
export async function linkOidcUser(claims: {
  subject: string;
  email?: string | null;
  emailVerified?: boolean | null;
  name?: string | null;
}): Promise<OidcLinkResult> {
  const linked = await db.userAccount.findUnique({
    where: { provider_providerAccountId: { provider: OIDC_PROVIDER_ID, providerAccountId: claims.subject } },
    select: { user: { select: { id: true, disabledAt: true } } },
  });
  if (linked) return linked.user.disabledAt ? { ok: false, error: "AccountDisabled" } : { ok: true, userId: linked.user.id };

  const email = claims.email?.trim().toLowerCase();
  if (!email || !(claims.emailVerified === true || env().OIDC_TRUST_EMAIL)) return { ok: false, error: "SsoNoEmail" };

  return db.$transaction(async (tx): Promise<OidcLinkResult> => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true, emailVerifiedAt: true } });
    if (existing?.disabledAt) return { ok: false, error: "AccountDisabled" };
    const user =
      existing ??
      (await tx.user.create({
        data: { email, name: claims.name?.trim() || email, role: "STUDENT", emailVerifiedAt: new Date() },
        select: { id: true, disabledAt: true, emailVerifiedAt: true },
      }));
    if (existing && !existing.emailVerifiedAt) {
      await tx.user.update({ where: { id: existing.id }, data: { emailVerifiedAt: new Date() } });
    }
    await tx.userAccount.create({ data: { userId: user.id, provider: OIDC_PROVIDER_ID, providerAccountId: claims.subject } });
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
