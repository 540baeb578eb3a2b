import { expect, test } from "./auth-fixtures";

/**
 * The admins' page of e-mails (decision 014). The end-to-end server has no SMTP server, so every message
 * lands in the outbox and is SENT: a registration's confirmation shows as sent, with its text on its own
 * page. Failures and retries are covered by tests/integration/email-queue.test.ts against a mail server.
 */
test.describe("[ADMIN] e-mails", () => {
  test("finds a registration's confirmation, sent, and reads its text", async ({ page, signInAs }) => {
    const email = `e2e.mail.${Date.now()}@khazar.org`;
    await page.goto("/register");
    await page.getByLabel("Full name").fill("Mail Student");
    await page.getByLabel("University email").fill(email);
    await page.getByLabel(/^Password/).fill("E2E-registration-1");
    await page.getByLabel("Repeat the password").fill("E2E-registration-1");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

    await signInAs("ADMIN");
    await page.goto("/dashboard/admin/emails");
    await expect(page.getByRole("heading", { level: 1, name: "E-mails" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Recipient or subject" }).fill(email);
    await page.getByRole("combobox", { name: "Status" }).selectOption("SENT");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/status=SENT/);
    const row = page.getByRole("row", { name: /Confirm your email address/ });
    await expect(row).toContainText(email);
    await expect(row).toContainText("Sent");

    await row.getByRole("link", { name: "Confirm your email address" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
    await expect(page.getByText("auth.confirmEmail")).toBeVisible();
    await expect(page.locator("pre")).toContainText(/Confirm my email address: https?:\/\/\S+\/confirm-email\?token=/);
  });

  test("is refused to an officer", async ({ page, signInAs }) => {
    await signInAs("OFFICER");
    const response = await page.goto("/dashboard/admin/emails");
    expect(response?.status()).toBe(403);
  });
});
