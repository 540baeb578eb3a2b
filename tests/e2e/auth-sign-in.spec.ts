import { DEMO_ACCOUNTS, expect, fillSignInForm, test, type DemoRole } from "./auth-fixtures";

const ROLES = Object.keys(DEMO_ACCOUNTS) as DemoRole[];

test.describe("sign-in", () => {
  for (const role of ROLES) {
    test(`[${role}] signs in and lands on their own dashboard`, async ({ page, signInAs }) => {
      const account = DEMO_ACCOUNTS[role];
      await signInAs(role);
      await expect(page.getByRole("heading", { level: 1, name: `Hello, ${account.name}` })).toBeVisible();
      await expect(page.getByText(`Your role: ${account.roleLabel}`)).toBeVisible();

      // Each role is offered its own sections; only the admin sees the administration links.
      const sections = page.getByRole("navigation", { name: "Office sections" });
      if (role === "ADMIN") {
        await expect(sections.getByRole("link", { name: "Users" })).toBeVisible();
        await expect(sections.getByRole("link", { name: "Audit log" })).toBeVisible();
      } else {
        await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
      }
      if (role === "STUDENT") {
        await expect(page.getByRole("link", { name: "Agreements" })).toHaveCount(0);
      } else {
        await expect(sections.getByRole("link", { name: "Agreements" })).toBeVisible();
      }
    });
  }

  test("refuses a wrong password with one message that names neither field", async ({ page }) => {
    await page.goto("/sign-in");
    await fillSignInForm(page, DEMO_ACCOUNTS.OFFICER.email, "not-the-password");
    await expect(page.getByText("The email or password is not correct.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    // What was typed stays, so the user only corrects the password.
    await expect(page.getByLabel("Email")).toHaveValue(DEMO_ACCOUNTS.OFFICER.email);
  });

  test("shows a clear message next to an invalid field before anything is sent", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid email address, such as name@university.edu.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("sends a visitor from a staff page to sign-in and back there afterwards", async ({ page }) => {
    await page.goto("/dashboard/admin/audit");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard%2Fadmin%2Faudit/);
    await fillSignInForm(page, DEMO_ACCOUNTS.ADMIN.email, "Demo!2026");
    await expect(page).toHaveURL("/dashboard/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  });

  test("sets the session in an HttpOnly, SameSite=Lax cookie", async ({ page, context, signInAs }) => {
    await signInAs("OFFICER");
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await expect(page).toHaveURL("/dashboard");
  });
});
