import { expect, test } from "./auth-fixtures";

test.use({ locale: "en-US" });

/**
 * The public page micro-cache (scripts/public-page-cache.mjs) in the running server: visitors get a
 * stored copy of a public page, signed-in users never do, and an officer's save is visible to the
 * next visitor at once.
 */
test("a visitor is served the cached page until an officer saves a change", async ({ page, signInAs, request }) => {
  await signInAs("OFFICER");
  await page.goto("/dashboard/centers");
  await page.getByRole("link", { name: "Austrian Library" }).click();
  const publicPath = await page.getByRole("link", { name: "Public page" }).getAttribute("href");
  expect(publicPath).toMatch(/^\/centers\//);

  // `request` carries no cookies: an anonymous visitor. The second visit is answered from the cache.
  await request.get(publicPath!);
  const cached = await request.get(publicPath!);
  expect(cached.status()).toBe(200);
  expect(cached.headers()["x-page-cache"]).toBe("hit");
  // The officer's own view of the same page is rendered for them, not taken from the cache.
  const officerView = await page.request.get(publicPath!);
  expect(officerView.headers()["x-page-cache"]).toBeUndefined();

  const hours = `Monday–Friday, 10:00–17:${String(Date.now() % 60).padStart(2, "0")}`;
  await page.getByLabel("Opening hours", { exact: true }).fill(hours);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("The center has been saved.")).toBeVisible();

  const fresh = await request.get(publicPath!);
  expect(fresh.headers()["x-page-cache"]).toBe("miss");
  expect(await fresh.text()).toContain(hours);
});
