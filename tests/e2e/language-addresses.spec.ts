import { expect, test, type BrowserContext, type Page } from "@playwright/test";

// A browser asking for English, so the language without an address or a cookie is known.
test.use({ locale: "en-US" });

const html = (page: Page) => page.locator("html");

async function localeCookie(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value;
}

test.describe("each page in each language at its own address", () => {
  test("?lang=az shows Azerbaijani with its alternates, and leaves the visitor's choice alone", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ru", url: baseURL! }]);

    await page.goto("/partners?lang=az");
    await expect(html(page)).toHaveAttribute("lang", "az");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tərəfdaşlarımız");
    await expect(page.getByRole("navigation", { name: "Əsas naviqasiya" }).getByRole("link", { name: "Tərəfdaşlar" })).toBeVisible();
    await expect(page).toHaveTitle(/Tərəfdaş universitetlər və təşkilatlar/);

    const alternate = (hreflang: string) => page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`);
    await expect(alternate("en")).toHaveAttribute("href", `${baseURL}/partners?lang=en`);
    await expect(alternate("az")).toHaveAttribute("href", `${baseURL}/partners?lang=az`);
    await expect(alternate("ru")).toHaveAttribute("href", `${baseURL}/partners?lang=ru`);
    await expect(alternate("x-default")).toHaveAttribute("href", `${baseURL}/partners`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/partners?lang=az`);

    expect(await localeCookie(context)).toBe("ru");
    // The address without a language still follows the visitor's choice.
    await page.goto("/partners");
    await expect(html(page)).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Наши партнёры");
  });

  test("leaving a language address inside the app shows the next page wholly in the visitor's language", async ({ page }) => {
    await page.goto("/partners/heidelberg-university?lang=az");
    await expect(html(page)).toHaveAttribute("lang", "az");

    await page.getByRole("navigation", { name: "Əsas naviqasiya" }).getByRole("link", { name: "Tərəfdaşlar" }).click();
    await expect(page).toHaveURL("/partners");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our partners");
    // The header around the page follows too, not only the page.
    await expect(html(page)).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" })).toBeVisible();
  });

  test("the language switch on a language address changes the address and the visitor's choice", async ({ page, context }) => {
    await page.goto("/events?lang=az&from=e2e");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tədbirlər");

    await page.getByRole("button", { name: "Русский" }).click();
    await expect(page).toHaveURL("/events?from=e2e&lang=ru");
    await expect(html(page)).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Партнёры" })).toBeVisible();
    expect(await localeCookie(context)).toBe("ru");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the switch's plain form post lands on the address in the chosen language", async ({ page, context }) => {
      await page.goto("/centers?lang=az");
      await expect(html(page)).toHaveAttribute("lang", "az");

      await page.getByRole("button", { name: "English" }).click();
      await expect(page).toHaveURL("/centers?lang=en");
      await expect(html(page)).toHaveAttribute("lang", "en");
      expect(await localeCookie(context)).toBe("en");
    });
  });

  test("sitemap.xml lists the pages in every language and robots.txt points to it", async ({ request, baseURL }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    expect(xml).toContain(`<loc>${baseURL}/partners/heidelberg-university?lang=az</loc>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="${baseURL}/partners/heidelberg-university?lang=ru" />`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${baseURL}/partners/heidelberg-university" />`);
    expect(xml).not.toContain("/dashboard");

    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    expect(text).toContain("Disallow: /dashboard");
    expect(text).toContain("Allow: /api/public/");
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test("sign-in and staff pages are noindex", async ({ page }) => {
    const response = await page.goto("/sign-in");
    expect(response?.headers()["x-robots-tag"]).toBe("noindex");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
  });
});
