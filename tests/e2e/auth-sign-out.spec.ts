import { expect, test } from "./auth-fixtures";

test.describe("sign-out", () => {
  test("signs out from the account menu and the dashboard is closed afterwards", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    await page.getByRole("button", { name: /Account menu for Farid Huseynov/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-out");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=signedOut/);
    await expect(page.getByText("You have been signed out.")).toBeVisible();

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  });
});
