import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./auth-fixtures";
import { clippedText, useLanguage, WIDTHS } from "./layout-checks";

/**
 * What a first-time user hit on the opportunity pages, in Azerbaijani and Russian (and English):
 * the "sign in to apply" button cut off at 1280 px, and "apply" some 2,650 px down a phone's page.
 * The catalogue, a call's page and the apply page are checked at 390 and 1280 px: no button, link
 * or badge in the main content clips its text or sticks out of the page, and the call's action is
 * on the first screen of a phone. The language is chosen with the NEXT_LOCALE cookie.
 */

const LOCALES = ["az", "ru", "en"] as const;

/** Buttons, links and badges of the main content only: the header and footer have their own checks. */
const clippedControls = (page: Page) => clippedText(page, "main");

/** An open call from the catalogue (the first card), as its path. */
async function anOpenCall(page: Page): Promise<string> {
  await page.goto("/opportunities?open=1");
  const link = page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link");
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

for (const locale of LOCALES) {
  test.describe(`opportunity pages in ${locale}`, () => {
    test("a visitor sees every control whole, and the way to apply on a phone's first screen", async ({ page, context, baseURL }) => {
      await useLanguage(context, locale, baseURL);
      const callPath = await anOpenCall(page);
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        for (const path of ["/opportunities", "/opportunities?open=1&q=exchange", callPath]) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          expect(await clippedControls(page), `${path} at ${size.width}px`).toEqual([]);
        }
      }

      await page.setViewportSize(WIDTHS[0]);
      await page.goto(callPath);
      const signInToApply = page.getByRole("main").locator('a[href^="/sign-in?callbackUrl="]');
      await expect(signInToApply).toBeVisible();
      const box = (await signInToApply.boundingBox())!;
      expect(box.y + box.height, "the sign-in-to-apply button's bottom edge, in px from the top").toBeLessThanOrEqual(WIDTHS[0].height);
      await expect(page.getByTestId("deadline")).toContainText(/23:59|11:59/);
    });

    test("a student sees the apply link on a phone's first screen and the apply page whole", async ({ page, context, baseURL }) => {
      await signIn(page, "STUDENT");
      await useLanguage(context, locale, baseURL);
      // A call the demo student has not applied to yet: its page offers "apply".
      await page.goto("/my/applications");
      const applied = new Set((await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents()).map((title) => title.trim()));
      await page.goto("/opportunities?open=1");
      const titles = page.getByRole("main").getByRole("article").getByRole("heading").getByRole("link");
      await expect(titles.first()).toBeVisible();
      let callPath: string | null = null;
      for (const link of await titles.all()) {
        if (!applied.has(((await link.textContent()) ?? "").trim())) {
          callPath = await link.getAttribute("href");
          break;
        }
      }
      expect(callPath).not.toBeNull();

      await page.setViewportSize(WIDTHS[0]);
      await page.goto(callPath!);
      const apply = page.getByRole("main").locator(`a[href="${callPath}/apply"]`);
      await expect(apply).toBeVisible();
      const box = (await apply.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(WIDTHS[0].height);

      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        for (const path of [callPath!, `${callPath}/apply`]) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          expect(await clippedControls(page), `${path} at ${size.width}px`).toEqual([]);
        }
      }
    });
  });
}
