import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * The partner directory on a phone (390 × 844): the results start on the first screen, the keyboard
 * reaches them before the map's country links, the map can be skipped, and a search without
 * results shows the empty state alone.
 */

const PHONE = { width: 390, height: 844 };

test.use({ locale: "en-US", viewport: PHONE });

const mapOf = (page: Page) => page.getByRole("group", { name: /World map of partners by country/ });
const resultsOf = (page: Page) => page.getByRole("main").getByRole("article");

/** Where the focused element sits: in a result card, on the map, or elsewhere. */
async function focusedIn(page: Page): Promise<"result" | "map" | "other"> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (focused?.closest("article")) return "result";
    if (focused?.closest("svg")) return "map";
    return "other";
  });
}

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!.y;
}

test.describe("the partner directory on a phone", () => {
  test("shows the first result on the first screen, the map after the results, nothing wider than the screen", async ({ page }) => {
    await page.goto("/partners");
    const first = resultsOf(page).first();
    await expect(first).toBeVisible();
    // The first result's name is readable without scrolling.
    const name = first.getByRole("heading").getByRole("link");
    const box = (await name.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);

    const map = mapOf(page);
    await expect(map).toHaveCount(1);
    expect(await top(map)).toBeGreaterThan(await top(resultsOf(page).last()));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test("folds the lists of filters behind a button, open when one of them is set", async ({ page }) => {
    await page.goto("/partners");
    const search = page.getByRole("search", { name: "Search partners" });
    const country = search.getByLabel("Country");
    await expect(country).toBeHidden();
    await search.getByText("More filters").click();
    await expect(country).toBeVisible();
    await country.selectOption("NO");
    await search.getByRole("button", { name: "Show partners" }).click();
    await expect(page).toHaveURL(/[?&]country=NO/);
    await expect(page.getByRole("heading", { level: 2, name: /partners? in Norway$/ })).toBeVisible();
    // Back on the page with a country chosen, the lists are open and say how many are set.
    await expect(search.getByText("More filters (1 selected)")).toBeVisible();
    await expect(search.getByLabel("Country")).toHaveValue("NO");
  });

  test("tabbing from the search reaches a result before any link of the map", async ({ page }) => {
    await page.goto("/partners");
    await page.getByRole("searchbox", { name: "Name, city or keyword" }).focus();
    let reached: "result" | "map" | "other" = "other";
    for (let presses = 0; presses < 15 && reached === "other"; presses++) {
      await page.keyboard.press("Tab");
      reached = await focusedIn(page);
    }
    expect(reached).toBe("result");
  });

  test("a keyboard user can skip the map's country links", async ({ page }) => {
    await page.goto("/partners");
    const skip = page.getByRole("link", { name: "Skip the map" });
    await skip.focus();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    // Focus lands on the legend after the map; the next Tab leaves the page's content for the footer.
    await expect(page.getByRole("group", { name: "Number of partners" })).toBeInViewport();
    await page.keyboard.press("Tab");
    expect(await focusedIn(page)).toBe("other");
    expect(await page.evaluate(() => document.activeElement?.closest("footer") !== null)).toBe(true);
  });

  test("a search without results shows the empty state alone, without a blank map", async ({ page }) => {
    await page.goto("/partners?q=zzqxvkwj");
    await expect(page.getByRole("heading", { name: "No partner matches your search" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Clear filters" }).first()).toBeVisible();
    await expect(mapOf(page)).toHaveCount(0);
    // No country shapes either (the icons of the page are svg too).
    await expect(page.locator("main svg a path")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "See the partners on the world map" })).toHaveCount(0);
  });
});

test.describe("the partner directory at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("shows every filter without a fold, and the map after the results", async ({ page }) => {
    await page.goto("/partners");
    const search = page.getByRole("search", { name: "Search partners" });
    await expect(search.getByText("More filters")).toBeHidden();
    for (const label of ["Country", "World region", "Type of partner", "Area of cooperation"]) await expect(search.getByLabel(label)).toBeVisible();
    await page.getByRole("link", { name: "See the partners on the world map" }).click();
    await expect(page).toHaveURL(/#directory-map$/);
    await expect(mapOf(page)).toBeInViewport();
  });
});
