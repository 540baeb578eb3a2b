import { expect, test } from "./auth-fixtures";
import { clippedText, useLanguage, WIDTHS } from "./layout-checks";
import { INSTITUTION } from "../../prisma/seed-data/institution";
import { PROJECTS } from "../../prisma/seed-data/projects";

/**
 * Issue 10, content in three languages: the institution (header, home, footer), a project and the
 * events in Azerbaijani and Russian, nothing clipped at 390 and 1280 px; and the admin's editor of
 * the institution's texts refusing a too-long translation on the language's own tab.
 */

const PAWER = PROJECTS.find((project) => project.code === "pawer")!;

for (const locale of ["az", "ru"] as const) {
  test(`a visitor reads the institution, a project and the events in ${locale}`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    await useLanguage(context, locale, baseURL);
    const institution = INSTITUTION.translations[locale];

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(institution.name);
    const main = page.getByRole("main");
    await expect(main).toContainText(institution.mission.slice(0, 60));
    await expect(main.getByRole("listitem").filter({ hasText: institution.objectives[0]! })).toBeVisible();
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText(institution.address);
    await expect(footer).toContainText(INSTITUTION.contacts[1]!.translations[locale].position);
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await page.reload();
      expect(await clippedText(page), `home at ${size.width}px`).toEqual([]);
    }

    const texts = PAWER.translations[locale];
    await page.goto("/projects");
    await page.getByRole("link", { name: texts.title }).click();
    await expect(page).toHaveURL(/\/projects\/pawer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.title);
    await expect(page.getByRole("main").getByRole("heading", { level: 3, name: texts.activities[3]!.title })).toBeVisible();
    await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: `WP1 ${texts.workPackages[0]}` })).toBeVisible();
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await page.reload();
      expect(await clippedText(page), `a project at ${size.width}px`).toEqual([]);
    }

    await page.goto("/events");
    await expect(page.getByRole("main").getByRole("heading", { level: 3 }).first()).toBeVisible();
    // Every demo event is translated: no heading falls back to English (which would carry lang="en").
    await expect(page.getByRole("main").locator("h3[lang]")).toHaveCount(0);
  });
}

test("the admin's text editor refuses a too-long Azerbaijani name on the Azerbaijani tab and keeps the demo's", async ({ page, signInAs }) => {
  await signInAs("ADMIN", "/dashboard/admin/settings");
  await expect(page.getByRole("heading", { level: 2, name: "The institution's public texts" })).toBeVisible();
  await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
  const name = page.getByLabel("Name (Azərbaycanca)", { exact: true });
  await expect(name).toHaveValue(INSTITUTION.translations.az.name);
  await name.fill("X".repeat(201));
  // Another tab is open when saving: the tab with the error opens again.
  await page.getByRole("tab", { name: /English/ }).click();
  await page.getByRole("region", { name: "The institution's public texts" }).getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("tab", { name: /Azərbaycanca/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("Enter no more than 200 characters.")).toBeVisible();
  await page.reload();
  await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
  await expect(page.getByLabel("Name (Azərbaycanca)", { exact: true })).toHaveValue(INSTITUTION.translations.az.name);
  // The contacts' positions, side by side.
  await expect(page.getByLabel(/Position \(Русский\)/).first()).toHaveValue(INSTITUTION.contacts[0]!.translations.ru.position);
});
