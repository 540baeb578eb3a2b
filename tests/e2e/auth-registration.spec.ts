import { expect, fillSignInForm, readOutbox, test } from "./auth-fixtures";

test.describe("student registration", () => {
  test("registers with the university address, confirms it from the outbox, then signs in", async ({ page }) => {
    const email = `e2e.student.${Date.now()}@khazar.org`;
    const password = "E2E-registration-1";

    await page.goto("/register");
    await page.getByLabel("Full name").fill("Test Student");
    await page.getByLabel("University email").fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByLabel("Repeat the password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

    // Not confirmed yet: signing in is refused with a clear reason.
    await page.goto("/sign-in");
    await fillSignInForm(page, email, password);
    await expect(page.getByText(/Confirm your email address first/)).toBeVisible();

    let link = "";
    await expect(async () => {
      const mail = (await readOutbox()).find((message) => message.to === email);
      link = /https?:\/\/\S+\/confirm-email\?token=\S+/.exec(mail?.text ?? "")?.[0] ?? "";
      expect(link).not.toBe("");
    }).toPass();

    await page.goto(new URL(link).pathname + new URL(link).search);
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=emailConfirmed/);
    await expect(page.getByText("Your email address is confirmed.")).toBeVisible();

    await fillSignInForm(page, email, password);
    await expect(page).toHaveURL("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Hello, Test Student" })).toBeVisible();

    // The link worked once.
    await page.context().clearCookies();
    await page.goto(new URL(link).pathname + new URL(link).search);
    await expect(page.getByRole("heading", { name: "This link does not work any more" })).toBeVisible();
  });

  test("refuses an address outside the university's domain, next to the field", async ({ page }) => {
    await page.goto("/register");
    await page.getByLabel("Full name").fill("Outside Person");
    await page.getByLabel("University email").fill(`outside.${Date.now()}@gmail.com`);
    await page.getByLabel(/^Password/).fill("E2E-registration-1");
    await page.getByLabel("Repeat the password").fill("E2E-registration-1");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use your university email address ending in @khazar.org.")).toBeVisible();
    await expect(page.getByLabel("University email")).toHaveAttribute("aria-invalid", "true");
  });
});
