import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";

/**
 * News and press releases (issue 14): visitors read the demo's news on the home page, the news list
 * and each item's page in their language, and subscribe to the Atom feed; officers write, schedule
 * and publish; coordinators read only.
 */

test.describe("[VISITOR] news", () => {
  test("reads the latest news on the home page and the list, newest first, and an item in Azerbaijani", async ({ page }) => {
    await page.goto("/");
    const latest = page.getByRole("region", { name: "Latest news" });
    await expect(latest.getByRole("heading", { level: 3 })).toHaveCount(3);
    await expect(latest.getByRole("heading", { level: 3 }).first()).toHaveText("Khazar University and Sogang University sign a cooperation agreement");

    await latest.getByRole("link", { name: "All news" }).click();
    await expect(page).toHaveURL("/news");
    await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
    const titles = page.getByRole("heading", { level: 2 });
    await expect(titles.first()).toHaveText("Khazar University and Sogang University sign a cooperation agreement");
    // The demo's scheduled item (dated in five days) is not shown yet.
    await expect(page.getByText("Erasmus+ exchange calls for the spring semester open")).toHaveCount(0);

    await page.goto("/news/khazar-university-and-sogang-university-sign-a-cooperation-agreement?lang=az");
    await expect(page.getByRole("heading", { level: 1, name: "Xəzər Universiteti ilə Sogang Universiteti əməkdaşlıq sazişi imzalayıb" })).toBeVisible();
    await expect(page.locator("time")).toBeVisible();
  });

  test("finds the Atom feed in the asked language, linked from the page", async ({ page, request }) => {
    await page.goto("/news?lang=ru");
    const feedLink = page.getByRole("link", { name: "Подписаться на ленту новостей" });
    await expect(feedLink).toHaveAttribute("href", "/news/feed.xml?lang=ru");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/news\/feed\.xml\?lang=ru$/);

    const feed = await request.get("/news/feed.xml?lang=ru");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const body = await feed.text();
    expect(body).toContain('xml:lang="ru"');
    expect(body).toContain("Университет Хазар и Университет Соган подписали соглашение о сотрудничестве");
    expect(body).not.toContain("весеннем семестре");
  });

  test("the news list fits a 390 px screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/news");
    await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("[OFFICER] news", () => {
  test("writes an item in three languages, schedules it, then brings it forward to now", async ({ page, signInAs }) => {
    const title = `Delegation from Leiden University ${randomBytes(3).toString("hex")}`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/news");
    await page.getByRole("link", { name: "Write news" }).click();
    await page.getByLabel(/^Title\*?$/).fill(title);
    await page.getByLabel(/^Summary\*?$/).fill("Researchers from Leiden met the School of Humanities and Social Sciences.");
    await page.getByRole("tab", { name: /Русский/ }).click();
    await page.getByLabel("Title (Русский)").fill("Делегация Лейденского университета");
    await expect(page.getByRole("tab", { name: /Azərbaycanca/ })).toContainText("missing");
    await page.getByLabel(/^Publication date/).fill("2040-01-15T10:00");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/dashboard\/news\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("Scheduled", { exact: true })).toBeVisible();
    const itemPage = page.url();
    await page.goto("/news");
    await expect(page.getByText(title)).toHaveCount(0);

    // Without a date, a published item appears at once.
    await page.goto(itemPage);
    await page.getByLabel(/^Publication date/).fill("");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("The news has been saved.")).toBeVisible();
    await expect(page.getByText("Published", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Public page" })).toBeVisible();

    await page.goto("/news?lang=ru");
    await expect(page.getByRole("link", { name: "Делегация Лейденского университета" })).toBeVisible();
  });
});

test.describe("[COORDINATOR] news", () => {
  test("reads the staff list but cannot write", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    await page.goto("/dashboard/news");
    await expect(page.getByRole("heading", { level: 1, name: "News and press releases" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Write news" })).toHaveCount(0);
    const response = await page.goto("/dashboard/news/new");
    expect(response?.status()).toBe(403);
  });
});
