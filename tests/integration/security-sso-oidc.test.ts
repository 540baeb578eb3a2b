import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { oidcIdentityOf, withUserInfoEmail } from "@/lib/auth/oidc";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { AuthRouteBrowser } from "@/tests/helpers/auth-route-browser";
import { createUser, ensureInstitution } from "@/tests/helpers/factories";
import { signInAtProvider, startTestOidcProvider, type TestIdentity, type TestOidcProvider } from "@/tests/helpers/oidc-test-provider";

/**
 * Single sign-on end to end against a real OpenID Connect provider (oidc-provider, started here):
 * next-auth's real route handler signs in, calls the provider's token and UserInfo endpoints, and
 * issues the session cookie that the per-request lookup then reads. Only `next/headers` (a test
 * has no request) and the OIDC settings (the provider's port is chosen at start) are replaced.
 */
const settings = vi.hoisted(() => ({ env: {} as Record<string, unknown> }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => ({ ...actual.env(), ...settings.env }) };
});
vi.mock("next/headers", () => import("@/tests/helpers/auth-route-browser").then((m) => m.nextHeadersModule));

const DOMAIN = "test.example.edu";
let app: string;
let provider: TestOidcProvider;

beforeAll(async () => {
  app = new URL(env().APP_URL).origin;
  provider = await startTestOidcProvider({ redirectUri: `${app}/api/auth/callback/oidc` });
  settings.env = { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret };
  await ensureInstitution(DOMAIN);
});

afterAll(async () => {
  await provider.close();
});

beforeEach(() => {
  settings.env.OIDC_TRUST_EMAIL = false;
  provider.claimsIn("userinfo");
});

function unique(): string {
  return randomBytes(4).toString("hex");
}

/** Signs in at the provider as a new account with these claims; where the portal then sends the browser. */
async function signOn(identity: TestIdentity): Promise<{ browser: AuthRouteBrowser; subject: string; landing: URL }> {
  const subject = `idp-subject-${unique()}`;
  provider.accounts.set(subject, identity);
  const browser = new AuthRouteBrowser(app);
  const backToPortal = new URL(await signInAtProvider(await browser.startSignOn("oidc"), subject));
  expect(backToPortal.pathname).toBe("/api/auth/callback/oidc");
  const response = await browser.request("GET", `${backToPortal.pathname}${backToPortal.search}`);
  return { browser, subject, landing: new URL(response.location ?? "/", app) };
}

async function userSeenBy(browser: AuthRouteBrowser) {
  browser.activate();
  return getCurrentUser();
}

describe("single sign-on against a real OpenID Connect provider", () => {
  it.each(["id-token", "userinfo"] as const)(
    "refuses an address the provider says is unverified, even with OIDC_TRUST_EMAIL=true (claims in the %s)",
    async (where) => {
      provider.claimsIn(where);
      settings.env.OIDC_TRUST_EMAIL = true;
      const coordinator = await createUser({ role: "COORDINATOR", email: `coordinator.${unique()}@${DOMAIN}` });

      const { browser, landing } = await signOn({ email: coordinator.email, email_verified: false });

      expect(landing.pathname).toBe("/sign-in");
      expect(landing.searchParams.get("error")).toBe("SsoNoEmail");
      expect(await userSeenBy(browser)).toBeNull();
      expect(await db.userAccount.count({ where: { userId: coordinator.id } })).toBe(0);
    },
  );

  it("lets OIDC_TRUST_EMAIL stand in for a missing email_verified claim, and only then", async () => {
    provider.claimsIn("id-token");
    const email = `trusted.${unique()}@${DOMAIN}`;

    const untrusted = await signOn({ email, name: "Trusted Student" });
    expect(untrusted.landing.searchParams.get("error")).toBe("SsoNoEmail");

    settings.env.OIDC_TRUST_EMAIL = true;
    const trusted = await signOn({ email, name: "Trusted Student" });
    expect(trusted.landing.pathname).toBe("/dashboard");
    expect(await userSeenBy(trusted.browser)).toMatchObject({ email, role: "STUDENT" });
  });

  it("reads the e-mail claims from UserInfo (OpenID Connect Core 5.4), signs a new student in and logs the portal's user id", async () => {
    const info = vi.spyOn(logger, "info");
    const email = `leyla.${unique()}@${DOMAIN}`;

    const { browser, subject, landing } = await signOn({ email, email_verified: true, name: "Leyla Aliyeva" });

    expect(landing.pathname).toBe("/dashboard");
    const user = await userSeenBy(browser);
    expect(user).toMatchObject({ email, name: "Leyla Aliyeva", role: "STUDENT", unitId: null });
    expect(await db.userAccount.findFirst({ where: { userId: user!.id }, select: { providerAccountId: true } })).toEqual({ providerAccountId: subject });

    const signInLogs = info.mock.calls.filter(([, message]) => message === "signed in").map(([fields]) => fields);
    expect(signInLogs).toEqual([{ userId: user!.id, provider: "oidc" }]);
    info.mockRestore();
  });

  it("refuses to create a student with a verified address outside the institution's domains", async () => {
    const email = `someone.${unique()}@gmail.com`;

    const { browser, landing } = await signOn({ email, email_verified: true });

    expect(landing.pathname).toBe("/sign-in");
    expect(landing.searchParams.get("error")).toBe("SsoDomainNotAllowed");
    expect(await userSeenBy(browser)).toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("links an existing account by its verified address whatever its domain (an invited member of staff)", async () => {
    const officer = await createUser({ role: "OFFICER", email: `officer.${unique()}@partner-office.org` });

    const { browser, landing } = await signOn({ email: officer.email, email_verified: true });

    expect(landing.pathname).toBe("/dashboard");
    expect(await userSeenBy(browser)).toMatchObject({ id: officer.id, role: "OFFICER" });
  });
});

describe("reading the identity server's claims", () => {
  it("asks UserInfo only when the ID token lacks the address or its flag, and never mixes the two", async () => {
    const fetchUserInfo = vi.fn(async () => ({ sub: "s", email: "from.userinfo@uni.edu" }));
    const complete = { sub: "s", email: "a@uni.edu", email_verified: true };
    expect(await withUserInfoEmail(complete, fetchUserInfo)).toBe(complete);
    expect(fetchUserInfo).not.toHaveBeenCalled();

    // The ID token's flag belongs to the ID token's (missing) address, not to UserInfo's.
    const merged = await withUserInfoEmail({ sub: "s", email_verified: true, name: "N" }, fetchUserInfo);
    expect(merged).toEqual({ sub: "s", email: "from.userinfo@uni.edu", email_verified: undefined, name: "N" });
  });

  it("tells a missing email_verified from false, including servers that send strings", () => {
    expect(oidcIdentityOf("s", { email: " A@Uni.edu " })).toMatchObject({ email: "a@uni.edu", emailVerified: null });
    expect(oidcIdentityOf("s", { email: "a@uni.edu", email_verified: false }).emailVerified).toBe(false);
    expect(oidcIdentityOf("s", { email: "a@uni.edu", email_verified: "false" }).emailVerified).toBe(false);
    expect(oidcIdentityOf("s", { email: "a@uni.edu", email_verified: "true" }).emailVerified).toBe(true);
    expect(oidcIdentityOf("s", { email: "a@uni.edu", email_verified: "yes" }).emailVerified).toBe(false);
  });
});
