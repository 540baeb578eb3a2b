import { expect, test } from "./auth-fixtures";

test.describe("sign-out", () => {
  test("signs out from the account menu and the dashboard is closed afterwards", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    const menuButton = page.getByRole("button", { name: /Account menu for Farid Huseynov/ });
    await menuButton.click();
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    // Escape closes the menu and gives focus back to its button.
    await page.keyboard.press("Escape");
    await expect(page.getByRole("link", { name: "Sign out" })).toBeHidden();
    await expect(menuButton).toBeFocused();
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-out");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=signedOut/);
    await expect(page.getByText("You have been signed out.")).toBeVisible();

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  });
});
