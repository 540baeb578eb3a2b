import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";
import { clippedText, WIDTHS } from "./layout-checks";

/**
 * Issue 10, part 1: an officer writes a center's texts in Azerbaijani on its tab and leaves Russian
 * blank; the editor and the staff list say Russian is missing; visitors read the Azerbaijani texts
 * at `?lang=az`, and at `?lang=ru` the English name marked `lang="en"`.
 */

test.describe("[OFFICER] a center in three languages", () => {
  test("is written per language, flagged where a language is missing, and read in the visitor's language", async ({ page, signInAs }) => {
    const tag = randomBytes(3).toString("hex");
    const name = `Tbilisi Reading Room ${tag}`;
    const azerbaijaniName = `Tbilisi Oxu Zalı ${tag}`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/centers/new");
    await page.getByLabel(/^Name\*?$/).fill(name);
    await page.getByLabel(/^Description$/).fill("Georgian books, films and language classes.");
    await page.getByLabel(/^Organization or embassy behind it\*?$/).fill("Embassy of Georgia in Azerbaijan");

    await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
    await page.getByLabel("Name (Azərbaycanca)").fill(azerbaijaniName);
    await page.getByLabel("Description (Azərbaycanca)").fill("Gürcü dilində kitablar, filmlər və dil dərsləri.");
    await expect(page.getByRole("tab", { name: /Русский/ })).toContainText("missing");
    // All tabs and the form fit a phone and a laptop, in the reader's language too.
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      expect(await clippedText(page, "main"), `the form at ${size.width}px`).toEqual([]);
    }
    await page.getByRole("button", { name: "Create center" }).click();
    await expect(page).toHaveURL(/\/dashboard\/centers\/[0-9a-f-]{36}$/);
    await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
    await expect(page.getByLabel("Name (Azərbaycanca)")).toHaveValue(azerbaijaniName);

    await page.goto(`/dashboard/centers?q=${encodeURIComponent(tag)}`);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row.getByText(/Русский: missing/)).toBeVisible();
    await expect(row.getByText(/Azərbaycanca: missing/)).toHaveCount(0);

    const slug = `tbilisi-reading-room-${tag}`;
    await page.goto(`/centers?lang=az&q=${encodeURIComponent("Gürcü dilində")}`);
    // Internal links do not carry ?lang= (decision 008): the center's own Azerbaijani address is opened.
    await expect(page.getByRole("link", { name: azerbaijaniName })).toHaveAttribute("href", new RegExp(`/centers/${slug}`));
    await page.goto(`/centers/${slug}?lang=az`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(azerbaijaniName);
    expect(await page.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();

    await page.goto(`/centers/${slug}?lang=ru`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  });
});
