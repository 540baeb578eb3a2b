import { expect, test } from "@playwright/test";

test("a visitor browses international projects and opens one with its activities", async ({ page }) => {
  await page.goto("/projects");
  await expect(page.getByRole("heading", { level: 1, name: "International projects" })).toBeVisible();
  await page.getByRole("link", { name: "Promoting Migration Studies in Higher Education" }).click();
  await expect(page).toHaveURL(/\/projects\/promig$/);
  await expect(page.getByRole("heading", { level: 1, name: "Promoting Migration Studies in Higher Education" })).toBeVisible();
  const activities = page.getByRole("heading", { level: 2, name: "Activities" }).locator("..");
  await expect(activities.getByRole("heading", { name: "Summer School" })).toBeVisible();
  await expect(activities).toContainText("Tbilisi, Georgia");
  await expect(page.getByRole("heading", { level: 2, name: "Consortium" }).locator("..")).toContainText("Tbilisi State University");
});

test("an unknown project is a 404", async ({ page }) => {
  const response = await page.goto("/projects/no-such-project");
  expect(response?.status()).toBe(404);
});

test("a visitor sees upcoming events before past ones", async ({ page }) => {
  await page.goto("/events");
  const upcoming = page.getByRole("region", { name: "Upcoming events" });
  await expect(upcoming.getByRole("heading", { name: "Erasmus+ KA171 information session" })).toBeVisible();
  const past = page.getByRole("region", { name: "Past events" });
  await expect(past.getByRole("heading", { name: /Internationalization of Higher Education/ })).toBeVisible();
});
