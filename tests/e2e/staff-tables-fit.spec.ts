import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./auth-fixtures";

/**
 * Issue 10: staff tables were wider than their box at 1280 and 1440 px (columns behind a sideways
 * scroll, badges cut mid-word) in Russian and Azerbaijani; at 390 px nothing said a table scrolls,
 * and the Russian dashboard's role badge pushed the page sideways. Each list is opened in both
 * languages (NEXT_LOCALE cookie) at the three widths.
 */

const E2E_DATABASE = `postgres://postgres:postgres@localhost:${process.env.E2E_DB_PORT ?? 54331}/iro`;

/** The review queue with the most applications, and an agreement with cooperation conditions. */
async function recordPages(): Promise<string[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE });
  await client.connect();
  try {
    const queue = await client.query<{ id: string }>(
      `SELECT "opportunityId" AS id FROM "Application" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const agreement = await client.query<{ id: string }>(
      `SELECT "agreementId" AS id FROM "CooperationCondition" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    expect(queue.rows[0]?.id, "the demo has applications").toBeTruthy();
    expect(agreement.rows[0]?.id, "the demo has cooperation conditions").toBeTruthy();
    return [`/dashboard/opportunities/${queue.rows[0]!.id}/applications`, `/dashboard/agreements/${agreement.rows[0]!.id}`];
  } finally {
    await client.end();
  }
}

const LISTS = ["/dashboard", "/dashboard/agreements", "/dashboard/agreements/expiring", "/dashboard/mobility", "/dashboard/opportunities", "/dashboard/partners", "/dashboard/applications"];

interface Layout {
  pageWidth: number;
  viewport: number;
  /** Badges whose text is cut inside them, or that reach past their table's box or the screen. */
  clippedBadges: string[];
  tables: { name: string; scrolls: boolean; focusable: boolean; hintVisible: boolean }[];
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const clippedBadges: string[] = [];
    for (const badge of document.querySelectorAll<HTMLElement>("[data-badge]")) {
      const box = badge.getBoundingClientRect();
      if (box.width === 0) continue;
      const region = badge.closest<HTMLElement>('[role="region"]');
      const regionScrolls = !!region && region.scrollWidth > region.clientWidth + 1;
      // In a box that scrolls (a phone), a badge past its edge is reached by scrolling, not cut.
      const edge = region ? region.getBoundingClientRect().right : viewport;
      const pastEdge = !regionScrolls && box.right > edge + 0.5;
      const cutInside = badge.scrollWidth > badge.clientWidth + 1;
      if (cutInside || pastEdge) clippedBadges.push(badge.textContent ?? "");
    }
    const tables = [...document.querySelectorAll<HTMLElement>('[role="region"]')]
      .filter((region) => region.querySelector("table"))
      .map((region) => {
        const hintId = region.getAttribute("aria-describedby");
        const hint = hintId ? document.getElementById(hintId) : null;
        const labelId = region.getAttribute("aria-labelledby");
        return {
          name: (labelId && document.getElementById(labelId)?.textContent?.trim()) || "",
          scrolls: region.scrollWidth > region.clientWidth + 1,
          focusable: region.tabIndex === 0,
          hintVisible: !!hint && hint.getBoundingClientRect().height > 0 && getComputedStyle(hint).visibility !== "hidden",
        };
      });
    return { pageWidth: document.documentElement.scrollWidth, viewport, clippedBadges, tables };
  });
}

for (const locale of ["ru", "az"] as const) {
  for (const width of [390, 1280, 1440]) {
    test(`[OFFICER] staff lists fit the screen in ${locale} at ${width} px`, async ({ page, context, baseURL, signInAs }) => {
      test.setTimeout(90_000);
      const pages = [...LISTS, ...(await recordPages())];
      await signInAs("OFFICER");
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "http://localhost:3100" }]);
      await page.setViewportSize({ width, height: 900 });

      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        // The scroll hints settle once the page's script has measured the tables.
        await page.waitForFunction(() => [...document.querySelectorAll("[data-table-scroll-hint]")].every((hint) => !hint.classList.contains("lg:hidden")));
        const layout = await measure(page);
        expect(layout.pageWidth, `${path}: the page itself never scrolls sideways`).toBeLessThanOrEqual(layout.viewport);
        expect(layout.clippedBadges, `${path}: no badge is cut`).toEqual([]);
        for (const table of layout.tables) {
          expect(table.name, `${path}: every table region is named`).not.toBe("");
          expect(table.focusable, `${path}: ${table.name} can be scrolled from the keyboard`).toBe(true);
          if (width >= 1280) expect(table.scrolls, `${path}: ${table.name} fits at ${width} px`).toBe(false);
          if (table.scrolls) expect(table.hintVisible, `${path}: ${table.name} says it scrolls`).toBe(true);
        }
      }
    });
  }
}

test("[OFFICER] a table that scrolls on a phone says so, and one that fits says nothing", async ({ page, signInAs }) => {
  await signInAs("OFFICER");
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/dashboard/agreements");
  const region = page.getByRole("region", { name: "Agreements", exact: true });
  await expect(region).toHaveAttribute("tabindex", "0");
  await expect(page.getByText("The table is wider than the screen: scroll it sideways to see every column.")).toBeVisible();

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByText("The table is wider than the screen: scroll it sideways to see every column.")).toBeHidden();
});
