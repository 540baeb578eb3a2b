import { expect, test } from "./auth-fixtures";

test.describe("role boundaries", () => {
  test("[STUDENT] opening a staff URL is refused", async ({ page, signInAs }) => {
    await signInAs("STUDENT");
    for (const url of ["/dashboard/admin/users", "/dashboard/admin/audit", "/dashboard/admin/users/invite"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: /Users|Audit log|Invite/ })).toHaveCount(0);
    }
  });

  test("[OFFICER] cannot open the administration pages", async ({ page, signInAs }) => {
    await signInAs("OFFICER");
    const response = await page.goto("/dashboard/admin/users");
    expect(response?.status()).toBe(403);
  });

  test("[ADMIN] manages users: search, filter and open a user", async ({ page, signInAs }) => {
    await signInAs("ADMIN");
    await page.goto("/dashboard/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await page.getByLabel("Name or email").fill("coordinator@khazar.org");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=coordinator%40khazar\.org/);
    await page.getByRole("link", { name: "Farid Huseynov" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Farid Huseynov" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Role and unit" })).toBeVisible();
  });
});
