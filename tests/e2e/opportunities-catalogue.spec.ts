import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";
import { openCallNotAppliedTo } from "./open-call";

/**
 * The catalogue journeys: a visitor or student narrows the published calls (the filters live in the
 * URL and survive a reload), opens one and finds the way to apply; an officer creates a call,
 * publishes it and sees it in the public catalogue.
 */

function localDateTime(offsetDays: number): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

test.describe("opportunity catalogue", () => {
  test("a visitor filters the catalogue, reloads, and opens an opportunity", async ({ page }) => {
    await page.goto("/opportunities");
    await expect(page).toHaveTitle(/Exchange opportunities/);
    const resultCount = page.getByTestId("result-count");
    await expect(resultCount).toContainText(/opportunit/);
    const allCount = await resultCount.textContent();

    await page.getByLabel("Level", { exact: true }).selectOption("BACHELOR");
    await page.getByLabel("Open for applications now").check();
    await page.getByLabel("Search", { exact: true }).fill("exch");
    await page.getByRole("button", { name: "Show results" }).click();

    await expect(page).toHaveURL(/\/opportunities\?.*level=BACHELOR/);
    await expect(page).toHaveURL(/open=1/);
    await expect(page).toHaveURL(/q=exch/);
    await expect(resultCount).not.toHaveText(allCount ?? "");
    const cards = page.getByRole("main").getByRole("article");
    await expect(cards.first()).toBeVisible();
    const filteredCount = await resultCount.textContent();

    await page.reload();
    await expect(page.getByLabel("Level", { exact: true })).toHaveValue("BACHELOR");
    await expect(page.getByLabel("Open for applications now")).toBeChecked();
    await expect(page.getByLabel("Search", { exact: true })).toHaveValue("exch");
    await expect(resultCount).toHaveText(filteredCount ?? "");

    const firstTitle = cards.first().getByRole("heading").getByRole("link");
    const title = (await firstTitle.textContent()) ?? "";
    await firstTitle.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "Required documents" })).toBeVisible();
    await expect(page.getByTestId("days-left")).toContainText(/left|Last day/);
    const apply = page.getByRole("link", { name: "Sign in to apply" });
    await expect(apply).toHaveAttribute("href", /\/sign-in\?callbackUrl=%2Fopportunities%2F[0-9a-f-]+%2Fapply/);

    await page.goBack();
    await expect(page).toHaveURL(/level=BACHELOR/);
    await expect(page.getByLabel("Level", { exact: true })).toHaveValue("BACHELOR");
  });

  test("a student sees the Apply link, and the catalogue fits a 360px screen", async ({ page, signInAs }) => {
    await signInAs("STUDENT");
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/opportunities?open=1");
    // Names the widest offenders, so a failure says what to fix.
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`.slice(0, 120)),
    );
    expect(tooWide).toEqual([]);
    await openCallNotAppliedTo(page);
    await expect(page.getByRole("link", { name: "Apply now" })).toHaveAttribute("href", /^\/opportunities\/[0-9a-f-]+\/apply$/);
  });

  test("an officer creates and publishes an opportunity that then appears in the catalogue", async ({ page, signInAs }) => {
    const marker = `Zeta${randomBytes(3).toString("hex")}`;
    const title = `Research stay ${marker} in Tallinn`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/opportunities");
    await page.getByRole("link", { name: "New opportunity" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New opportunity" })).toBeVisible();

    await page.getByLabel(/^Title\*?$/).fill(title);
    await page.getByLabel(/^Program\*?$/).selectOption({ index: 1 });
    await page.getByLabel("Master students").check();
    await page.getByLabel(/^Places\*?$/).fill("2");
    await page.getByLabel(/^Period\*?$/).fill("Spring 2027");
    await page.getByLabel("Applications open").fill(localDateTime(-1));
    await page.getByLabel("Applications close").fill(localDateTime(20));

    await page.getByRole("button", { name: "Add a criterion" }).click();
    await page.getByLabel(/^Criterion 1\*?$/).fill("GPA");
    await page.getByLabel("Weight of criterion 1 (%)").fill("60");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("The weights must add up to 100.", { exact: true })).toBeVisible();
    await page.getByLabel("Weight of criterion 1 (%)").fill("100");

    await page.getByRole("button", { name: "Add a document" }).click();
    await page.getByLabel(/^Document 1\*?$/).fill("Research proposal");
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page).toHaveURL(/\/dashboard\/opportunities\/[0-9a-f-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("Published", { exact: true })).toBeVisible();

    await page.goto(`/opportunities?q=${marker}`);
    const card = page.getByRole("main").getByRole("article");
    await expect(card).toHaveCount(1);
    await expect(card.getByRole("link", { name: title })).toBeVisible();
    await card.getByRole("link", { name: title }).click();
    await expect(page.getByText("Research proposal")).toBeVisible();
  });
});
