import { expect, test, type Page } from "@playwright/test";

// A browser asking for English, so the starting language is known whatever the machine's settings.
test.use({ locale: "en-US" });

const html = (page: Page) => page.locator("html");

test.describe("language switch", () => {
  test("switches the current page to Azerbaijani, then Russian, in place, and remembers the choice", async ({ page }) => {
    await page.goto("/?from=e2e");
    await expect(html(page)).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" })).toBeVisible();

    await page.getByRole("button", { name: "Azərbaycanca" }).click();
    await expect(html(page)).toHaveAttribute("lang", "az");
    await expect(page.getByRole("navigation", { name: "Əsas naviqasiya" }).getByRole("link", { name: "Tərəfdaşlar" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Beynəlxalq əməkdaşlıqla tanış olun" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Azərbaycanca" })).toHaveAttribute("aria-current", "true");
    // Same page, same query: the switch refreshes in place instead of navigating home.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/?from=e2e");

    await page.getByRole("button", { name: "Русский" }).click();
    await expect(html(page)).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Партнёры" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Международное сотрудничество" })).toBeVisible();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/?from=e2e");

    await page.reload();
    await expect(html(page)).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();
  });

  test("keeps a page other than the home page when switching", async ({ page }) => {
    await page.goto("/events?from=e2e");
    await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();

    await page.getByRole("button", { name: "Azərbaycanca" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tədbirlər" })).toBeVisible();
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe("/events?from=e2e");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("still changes the language through a plain form post", async ({ page }) => {
      await page.goto("/");
      await expect(html(page)).toHaveAttribute("lang", "en");

      await page.getByRole("button", { name: "Русский" }).click();
      await expect(html(page)).toHaveAttribute("lang", "ru");
      await expect(page.getByRole("heading", { level: 2, name: "Международное сотрудничество" })).toBeVisible();

      await page.goto("/");
      await expect(html(page)).toHaveAttribute("lang", "ru");
    });
  });

  test("follows the browser's language until the visitor chooses one", async ({ browser }) => {
    const context = await browser.newContext({ locale: "az-AZ" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(html(page)).toHaveAttribute("lang", "az");
    await context.close();
  });
});
