import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./auth-fixtures";
import { clippedText, useLanguage, WIDTHS } from "./layout-checks";

/**
 * Issue 10, content in three languages: a visitor reading Azerbaijani or Russian goes through the
 * directory (searching by the country's name in their language), a center and an opportunity, and
 * reads the staff-written texts in their language, with nothing clipped or hidden at 390 and 1280 px.
 * The expected texts are read from the demo database, so the journey follows the demo's translations.
 */

const E2E_DATABASE = `postgres://postgres:postgres@localhost:${process.env.E2E_DB_PORT ?? 54331}/iro`;

interface Expected {
  center: { slug: string; name: string; description: string };
  opportunity: { id: string; title: string };
}

async function expectedTexts(locale: "az" | "ru"): Promise<Expected> {
  const client = new pg.Client({ connectionString: E2E_DATABASE });
  await client.connect();
  try {
    const center = await client.query<{ slug: string; name: string; description: string }>(
      `SELECT "slug", "translations"->$1->>'name' AS name, "translations"->$1->>'description' AS description
         FROM "Center" WHERE "isPublic" AND "translations"->$1->>'name' IS NOT NULL AND "translations"->$1->>'description' IS NOT NULL
        ORDER BY "name" LIMIT 1`,
      [locale],
    );
    const opportunity = await client.query<{ id: string; title: string }>(
      `SELECT "id", "translations"->$1->>'title' AS title FROM "Opportunity"
        WHERE "status" = 'PUBLISHED' AND "translations"->$1->>'title' IS NOT NULL ORDER BY "closesAt" DESC LIMIT 1`,
      [locale],
    );
    expect(center.rows[0], `the demo has a center translated into ${locale}`).toBeTruthy();
    expect(opportunity.rows[0], `the demo has a published call translated into ${locale}`).toBeTruthy();
    return { center: center.rows[0]!, opportunity: opportunity.rows[0]! };
  } finally {
    await client.end();
  }
}

async function expectWhole(page: Page, label: string): Promise<void> {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await page.reload();
    expect(await clippedText(page), `${label} at ${size.width}px`).toEqual([]);
  }
}

const NORWAY = { az: "Norveç", ru: "Норвегия" } as const;

for (const locale of ["az", "ru"] as const) {
  test(`a visitor reads the directory, a center and an opportunity in ${locale}`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const expected = await expectedTexts(locale);
    await useLanguage(context, locale, baseURL);

    // The directory: the country's name in the reader's language finds its partners.
    await page.goto(`/partners?q=${encodeURIComponent(NORWAY[locale])}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const results = page.getByRole("main").getByRole("article");
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText(NORWAY[locale]);
    await expectWhole(page, "the directory");

    // A center: its name in the list and on its page, its description in the reader's language.
    await page.goto("/centers");
    await page.getByRole("link", { name: expected.center.name }).first().click();
    await expect(page).toHaveURL(new RegExp(`/centers/${expected.center.slug}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.center.name);
    await expect(page.getByRole("main")).toContainText(expected.center.description.slice(0, 40));
    await expectWhole(page, "a center");

    // An opportunity: its title on its page, and the page reachable at its own address in the language.
    await page.goto(`/opportunities/${expected.opportunity.id}?lang=${locale}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.opportunity.title);
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveCount(1);
    await expectWhole(page, "an opportunity");
  });
}
