import { expect, type Page } from "@playwright/test";

/**
 * Opens, through the catalogue, an open call the signed-in demo student has not applied to yet (for
 * one they have, the page shows their application instead of "Apply now"), and returns its title and
 * address once its page has loaded.
 */
export async function openCallNotAppliedTo(page: Page): Promise<{ title: string; url: string }> {
  await page.goto("/my/applications");
  const applied = new Set((await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents()).map((title) => title.trim()));
  await page.goto("/opportunities?open=1");
  const titles = page.getByRole("main").getByRole("article").getByRole("heading").getByRole("link");
  await expect(titles.first()).toBeVisible();
  const title = (await titles.allTextContents()).map((text) => text.trim()).find((text) => !applied.has(text));
  expect(title, "an open call the demo student has not applied to").toBeDefined();
  await titles.filter({ hasText: title! }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
  return { title: title!, url: page.url() };
}
