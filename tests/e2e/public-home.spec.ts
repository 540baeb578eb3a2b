import { expect, test, type Page } from "@playwright/test";

test.use({ locale: "en-US" });

/**
 * Console errors and uncaught exceptions while the page loads and is used. The URL is kept so a
 * failure names the culprit (a missing image, or a linked page that prefetches as 404).
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const SECTIONS = [
  { name: "Partners", href: "/partners" },
  { name: "Centers", href: "/centers" },
  { name: "Projects", href: "/projects" },
  { name: "Events", href: "/events" },
  { name: "Opportunities", href: "/opportunities" },
];

test.describe("public home", () => {
  test("introduces the institution and links to every public section", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");

    await expect(page).toHaveTitle(/Khazar University/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Khazar University");
    await expect(page.getByRole("heading", { level: 2, name: "About the office" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Mission" })).toBeVisible();

    const main = page.getByRole("main");
    for (const section of SECTIONS) {
      await expect(main.getByRole("link", { name: new RegExp(`^${section.name}`) })).toHaveAttribute("href", section.href);
    }
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in");
    expect(errors).toEqual([]);
  });

  test("shows the office contacts in the footer", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");

    await expect(footer.getByRole("heading", { name: "Contact the office" })).toBeVisible();
    await expect(footer).toContainText("41 Mahsati Street, Baku AZ1096, Azerbaijan");
    await expect(footer.getByRole("link", { name: "international@khazar.org" })).toHaveAttribute("href", "mailto:international@khazar.org");
    await expect(footer.getByRole("link", { name: "+994 12 421 79 16", exact: true })).toHaveAttribute("href", "tel:+994124217916");
    await expect(footer).toContainText("Dr. Leyla Hasanova");
    await expect(footer.getByRole("link", { name: "r.aliyev@khazar.org" })).toBeVisible();
  });

  test("skip link moves keyboard focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  test.describe("on a 375px-wide phone", () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test("fits the screen and opens the navigation from the menu button", async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto("/");

      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(375);

      const menuButton = page.getByRole("button", { name: "Menu" });
      await expect(menuButton).toHaveAttribute("aria-expanded", "false");
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav).toBeHidden();

      await menuButton.click();
      await expect(menuButton).toHaveAttribute("aria-expanded", "true");
      await expect(nav.getByRole("link", { name: "Opportunities" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");

      await page.keyboard.press("Escape");
      await expect(nav).toBeHidden();
      await expect(menuButton).toBeFocused();

      // Keyboard opens it too; following a link closes it.
      await menuButton.press("Enter");
      await expect(nav.getByRole("link", { name: "Home" })).toBeVisible();
      await nav.getByRole("link", { name: "Home" }).click();
      await expect(nav).toBeHidden();
      expect(errors).toEqual([]);
    });
  });
});
