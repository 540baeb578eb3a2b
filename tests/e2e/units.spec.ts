import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";

test.describe("[ADMIN] units", () => {
  test("creates a unit, is told about a taken code, and renames it", async ({ page, signInAs }) => {
    const code = `E2E${randomBytes(3).toString("hex").toUpperCase()}`;
    await signInAs("ADMIN");
    await page.goto("/dashboard/admin/units");
    await expect(page.getByRole("heading", { level: 1, name: "Units" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Units of the institution" })).toBeVisible();
    await page.getByRole("link", { name: "New unit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New unit" })).toBeVisible();

    // The demo's School of Engineering already uses SEAS: the server answers next to the field.
    await page.getByLabel(/^Code\*?$/).fill("seas");
    await page.getByLabel(/^Name\*?$/).fill("School of Architecture and Design");
    await page.getByLabel(/^Kind\*?$/).selectOption("SCHOOL");
    await page.getByRole("button", { name: "Create unit" }).click();
    await expect(page.getByText("Another unit already uses this code.")).toBeVisible();
    await expect(page.getByLabel(/^Code\*?$/)).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel(/^Code\*?$/).fill(code.toLowerCase());
    await page.getByRole("button", { name: "Create unit" }).click();
    await expect(page).toHaveURL(/\/dashboard\/admin\/units\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "School of Architecture and Design" })).toBeVisible();
    await expect(page.getByLabel(/^Code\*?$/)).toHaveValue(code);

    await page.getByLabel(/^Name\*?$/).fill("School of Architecture, Design and Urbanism");
    // The name in Russian, on its tab; the Azerbaijani tab says it is missing.
    await page.getByRole("tab", { name: /Русский/ }).click();
    await page.getByLabel("Name (Русский)").fill("Школа архитектуры, дизайна и урбанистики");
    await expect(page.getByRole("tab", { name: /Azərbaycanca/ })).toContainText("missing");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("The unit has been saved.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "School of Architecture, Design and Urbanism" })).toBeVisible();
    await page.getByRole("tab", { name: /Русский/ }).click();
    await expect(page.getByLabel("Name (Русский)")).toHaveValue("Школа архитектуры, дизайна и урбанистики");

    await page.getByRole("link", { name: "All units" }).click();
    const row = page.getByRole("row", { name: new RegExp(code) });
    await expect(row.getByRole("rowheader", { name: "School of Architecture, Design and Urbanism" })).toBeVisible();
    await expect(row.getByText("Active")).toBeVisible();
  });

  test("the list fits a 390 px screen", async ({ page, signInAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs("ADMIN");
    await page.goto("/dashboard/admin/units");
    await expect(page.getByRole("heading", { level: 1, name: "Units" })).toBeVisible();
    // A wide table scrolls inside its own region; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("[OFFICER] cannot open the units pages", async ({ page, signInAs }) => {
    await signInAs("OFFICER");
    for (const url of ["/dashboard/admin/units", "/dashboard/admin/units/new"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
    }
  });
});
