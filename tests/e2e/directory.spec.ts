import { expect, test, type Page } from "@playwright/test";

test.use({ locale: "en-US" });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("public partner directory", () => {
  test("a visitor filters the directory, opens a partner and then a center", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/partners");
    await expect(page).toHaveTitle(/Partner universities and organizations/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our partners");

    const search = page.getByRole("search", { name: "Search partners" });
    await search.getByLabel("Name, city or keyword").fill("Heidelbreg");
    await search.getByLabel("Country").selectOption("DE");
    await search.getByLabel("Type of partner").selectOption("UNIVERSITY");
    await search.getByRole("button", { name: "Show partners" }).click();
    await expect(page).toHaveURL(/[?&]country=DE/);
    await expect(page).toHaveURL(/[?&]kind=UNIVERSITY/);
    await expect(page.getByRole("heading", { level: 2, name: /partners? in Germany$/ })).toBeVisible();

    await page.getByRole("link", { name: "Heidelberg University" }).click();
    await expect(page).toHaveURL("/partners/heidelberg-university");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heidelberg University");
    await expect(page.getByRole("heading", { level: 2, name: "Active cooperation" })).toBeVisible();

    await page.getByRole("banner").getByRole("link", { name: "Centers" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cultural and resource centers");
    await page.getByRole("link", { name: "German Reading Hall" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("German Reading Hall");
    await expect(page.getByText("Opening hours")).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("the world map is drawn on the server and a country on it filters the list", async ({ page }) => {
    await page.goto("/partners");
    const map = page.getByRole("group", { name: /World map of partners by country/ });
    await expect(map).toBeVisible();
    expect(await map.locator("path").count()).toBeGreaterThan(150);
    const norway = map.getByRole("link", { name: /^Norway: \d+ partners?$/ });
    await expect(norway).toHaveCount(1);
    // By keyboard: the map's links are reachable with Tab and followed with Enter.
    await norway.focus();
    await expect(norway).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]country=NO/);
    await expect(page.getByRole("heading", { level: 2, name: /partners? in Norway$/ })).toBeVisible();
    await expect(page.getByRole("group", { name: /World map/ }).getByRole("link", { name: /^Norway:/ })).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("NO");
  });

  test("the map and filters work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/partners?region=LATIN_AMERICA");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our partners");
    await expect(page.getByLabel("World region")).toHaveValue("LATIN_AMERICA");
    await context.close();
  });
});

test.describe("what a public partner page never reveals", () => {
  // UCLA has, in the demo data, a public and an internal contact, internal notes and agreements.
  const SLUG = "/partners/university-of-california-los-angeles";
  const INTERNAL = [
    "Imported from the office's partner table", // the partner's internal notes
    "exchange@university-of-califo.example.org", // its internal contact's e-mail
    "Exchange coordinator (demo)", // its internal contact's name
    "Partner asked to add a staff-training flow", // agreements' internal notes
    "KU-IRO-", // agreement reference numbers
  ];

  test("neither the HTML nor the RSC payload holds internal fields", async ({ request }) => {
    const html = await request.get(SLUG);
    expect(html.status()).toBe(200);
    const page = await html.text();
    expect(page).toContain("University of California, Los Angeles");
    expect(page).toContain("International Office");

    const rsc = await request.get(SLUG, { headers: { RSC: "1" } });
    expect(rsc.status()).toBe(200);
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    const payload = await rsc.text();
    expect(payload).toContain("University of California, Los Angeles");

    for (const text of INTERNAL) {
      expect(page, `HTML contains "${text}"`).not.toContain(text);
      expect(payload, `RSC payload contains "${text}"`).not.toContain(text);
    }
  });

  test("internal and unknown partners have no public page", async ({ request }) => {
    expect((await request.get("/partners/no-such-partner")).status()).toBe(404);
  });
});
