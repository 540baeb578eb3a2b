import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";

test.describe("[OFFICER] partners", () => {
  test("creates a partner with a public contact through the forms, and it appears in the directory", async ({ page, signInAs }) => {
    const name = `Fjord Coast University ${randomBytes(3).toString("hex")}`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/partners");
    await page.getByRole("link", { name: "New partner" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New partner" })).toBeVisible();

    await page.getByLabel(/^Name\*?$/).fill(name);
    await page.getByLabel(/^Type\*?$/).selectOption("UNIVERSITY");
    await page.getByLabel(/^Status\*?$/).selectOption("ACTIVE");
    await page.getByLabel(/^Country\*?$/).selectOption("NO");
    await page.getByLabel(/^City\*?$/).fill("Tromsø");
    await page.getByLabel(/^Website\*?$/).fill("www.fjord.example.no");
    await page.getByLabel("Student exchange").check();
    await page.getByLabel("Public description", { exact: true }).fill("Arctic studies and student exchange.");
    // The description in Azerbaijani, on its own tab (the Russian one is left to fall back to English).
    await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
    await page.getByLabel("Public description (Azərbaycanca)").fill("Arktika tədqiqatları və tələbə mübadiləsi.");
    await expect(page.getByRole("tab", { name: /Русский/ })).toContainText("missing");

    // A malformed identifier is caught next to its field before anything is sent.
    await page.getByLabel(/^PIC\*?$/).fill("12345");
    await page.getByRole("button", { name: "Create partner" }).click();
    await expect(page.getByText("A PIC has exactly 9 digits.")).toBeVisible();
    await expect(page.getByLabel(/^PIC\*?$/)).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel(/^PIC\*?$/).fill("");

    await page.getByRole("button", { name: "Create partner" }).click();
    await expect(page).toHaveURL(/\/dashboard\/partners\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    await page.getByRole("button", { name: "Add contact" }).click();
    const form = page.getByRole("region", { name: "New contact" });
    await form.getByLabel(/^Name\*?$/).fill("Ingrid Berg");
    await form.getByLabel(/^Position\*?$/).fill("Exchange coordinator");
    await form.getByLabel(/^Email\*?$/).fill("ingrid.berg@fjord.example.no");
    await form.getByLabel(/^Public contact\*?$/).check();
    await form.getByRole("button", { name: "Add contact" }).click();
    const contacts = page.getByRole("region", { name: "Contacts" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Contacts" }) }));
    await expect(contacts.getByText("Ingrid Berg")).toBeVisible();

    // Editing the saved partner: the form is prefilled from the record and saves a new version.
    await page.getByRole("tab", { name: /English/ }).click();
    await page.getByLabel("Public description", { exact: true }).fill("Arctic studies, marine biology and student exchange.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("The partner has been saved.")).toBeVisible();

    await page.getByRole("link", { name: "Public page" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Arctic studies, marine biology and student exchange.")).toBeVisible();
    await expect(page.getByText("Ingrid Berg")).toBeVisible();
    await expect(page.getByRole("link", { name: "ingrid.berg@fjord.example.no" })).toBeVisible();

    // The same page in Azerbaijani shows the Azerbaijani text; in Russian, the English one marked as English.
    const publicPath = new URL(page.url()).pathname;
    await page.goto(`${publicPath}?lang=az`);
    await expect(page.getByText("Arktika tədqiqatları və tələbə mübadiləsi.")).toBeVisible();
    await page.goto(`${publicPath}?lang=ru`);
    await expect(page.locator('p[lang="en"]', { hasText: "Arctic studies, marine biology and student exchange." })).toBeVisible();
  });

  test("[COORDINATOR] sees partners but is offered no way to change them", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    await page.goto("/dashboard/partners?q=Heidelberg");
    await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New partner" })).toHaveCount(0);
    await page.getByRole("link", { name: "Heidelberg University" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Heidelberg University" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    const response = await page.goto("/dashboard/partners/new");
    expect(response?.status()).toBe(403);
  });
});
