import type { Page } from "@playwright/test";
import { expect, signIn, test, type DemoRole } from "./auth-fixtures";
import { clippedText, useLanguage, WIDTHS } from "./layout-checks";

/**
 * Issue 10: "check every page in every language at 390 and 1280 px for clipped text". Every public
 * page (a list and one record of each kind) and every page of the staff navigation, as the officer
 * and the admin see them, in Azerbaijani and Russian (the longest words) at both widths: the page
 * never scrolls sideways, and no link, button, badge, tab, heading, label or table header cuts its
 * text or sticks out of the screen. The staff pages are found from the navigation itself, so a new
 * module's pages are checked the day they appear in it.
 */

const LOCALES = ["az", "ru"] as const;

/** The first link of a list page whose address starts with `prefix`, e.g. a partner from the directory. */
async function firstRecord(page: Page, listPath: string, prefix: string): Promise<string | null> {
  await page.goto(listPath);
  const href = await page
    .getByRole("main")
    .locator(`a[href^="${prefix}"]`)
    .evaluateAll((links, prefix) => links.map((link) => link.getAttribute("href") ?? "").find((href) => href.length > prefix.length && !href.includes("?")) ?? null, prefix);
  return href;
}

async function publicPages(page: Page): Promise<string[]> {
  const records: (string | null)[] = [];
  for (const kind of ["partners", "centers", "projects", "opportunities"]) records.push(await firstRecord(page, `/${kind}`, `/${kind}/`));
  return ["/", "/partners", "/centers", "/projects", "/events", "/opportunities", "/sign-in", "/register", ...records.filter((path): path is string => !!path)];
}

/** Every page the staff navigation links to (the sidebar at 1280 px), without duplicates. */
async function staffPages(page: Page): Promise<string[]> {
  await page.setViewportSize(WIDTHS[1]);
  await page.goto("/dashboard");
  const hrefs = await page.locator('nav a[href^="/dashboard"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  // The account page is in the account menu, not the sidebar; every role has it.
  return [...new Set(["/dashboard", "/dashboard/account", ...hrefs])];
}

async function expectEveryPageFits(page: Page, paths: string[], locale: string): Promise<void> {
  const problems: string[] = [];
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} answers`).toBeLessThan(400);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const problem of await clippedText(page)) problems.push(`${path} at ${size.width}px: ${problem}`);
    }
  }
  expect(problems).toEqual([]);
}

for (const locale of LOCALES) {
  test(`every public page fits in ${locale} at 390 and 1280 px`, async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    await useLanguage(context, locale, baseURL);
    await expectEveryPageFits(page, await publicPages(page), locale);
  });

  for (const role of ["OFFICER", "ADMIN", "STUDENT"] as const satisfies readonly DemoRole[]) {
    test(`[${role}] every page of the dashboard fits in ${locale} at 390 and 1280 px`, async ({ page, context, baseURL }) => {
      test.setTimeout(240_000);
      await signIn(page, role);
      await useLanguage(context, locale, baseURL);
      await expectEveryPageFits(page, await staffPages(page), locale);
    });
  }
}
