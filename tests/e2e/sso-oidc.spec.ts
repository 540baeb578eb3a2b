import { randomBytes } from "node:crypto";
import { startTestOidcProvider, type TestIdentity, type TestOidcProvider } from "../helpers/oidc-test-provider";
import { expect, test } from "./auth-fixtures";
import type { Page } from "@playwright/test";

/**
 * Single sign-on in a real browser through a real OpenID Connect provider (oidc-provider), which
 * this spec starts on E2E_OIDC_PORT (3199). The portal under test is pointed at it by
 * playwright.config.ts (webServer.env): OIDC_ISSUER=http://127.0.0.1:3199,
 * OIDC_CLIENT_ID=iro-portal-e2e, OIDC_CLIENT_SECRET=e2e-oidc-client-secret and
 * OIDC_DISPLAY_NAME=Test University account. The portal reads the provider's metadata only when
 * someone signs on, so the provider may start after the portal. The provider shows its development
 * login form (any password) and no consent screen; its e-mail claims come from UserInfo, as with
 * oidc-provider's defaults. The demo institution's domain is khazar.org.
 */
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3199);
const PORTAL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

let provider: TestOidcProvider;

test.beforeAll(async () => {
  provider = await startTestOidcProvider({
    port: OIDC_PORT,
    redirectUri: `${PORTAL}/api/auth/callback/oidc`,
    clientId: "iro-portal-e2e",
    clientSecret: "e2e-oidc-client-secret",
  });
});

test.afterAll(async () => {
  await provider?.close();
});

/** Clicks the single sign-on button and signs in at the provider as a new account with these claims. */
async function signOn(page: Page, identity: TestIdentity): Promise<void> {
  const subject = `e2e-${randomBytes(4).toString("hex")}`;
  provider.accounts.set(subject, identity);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test University account" }).click();
  await page.waitForURL((url) => url.port === String(OIDC_PORT));
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test.describe("single sign-on", () => {
  test("a student of the university signs in with the university account and becomes a student", async ({ page }) => {
    const email = `sso.student.${randomBytes(4).toString("hex")}@khazar.org`;
    await signOn(page, { email, email_verified: true, name: "Nargiz Sso" });

    await expect(page).toHaveURL("/dashboard");
    await page.goto("/dashboard/account");
    await expect(page.locator("dd").filter({ hasText: email })).toBeVisible();
    await expect(page.locator("dd").filter({ hasText: /^Student$/ })).toBeVisible();
  });

  test("an address the identity server has not verified does not open the matching account", async ({ page }) => {
    await signOn(page, { email: "coordinator@khazar.org", email_verified: false });

    await expect(page).toHaveURL(/\/sign-in\?error=SsoNoEmail/);
    await expect(page.getByText("did not share a confirmed email address")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  });

  test("an address outside the university's domains gets no account", async ({ page }) => {
    await signOn(page, { email: `someone.${randomBytes(4).toString("hex")}@gmail.com`, email_verified: true });

    await expect(page).toHaveURL(/\/sign-in\?error=SsoDomainNotAllowed/);
    // The message auth.errors.ssoDomainNotAllowed (to be added to messages/en/auth.json).
    await expect(page.getByText("Only addresses of the university can get a student account")).toBeVisible();
  });
});
