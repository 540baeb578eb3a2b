import { expect, test } from "./auth-fixtures";

/**
 * Issue 13: every role lands on a dashboard that says what needs doing today and how the office is
 * doing. The demo has active agreements ending within 90 days (seed-agreements.ts), so the office's
 * list always has an agreement to follow to its page.
 */

test.describe("dashboards by role", () => {
  test("[OFFICER] follows an attention item from the dashboard to the agreement it is about", async ({ page, signInAs }) => {
    await signInAs("OFFICER");
    await expect(page.getByRole("heading", { level: 2, name: "Needs attention today" })).toBeVisible();
    const expiring = page.getByRole("region", { name: /^Agreements ending within 90 days/ });
    await expect(expiring).toBeVisible();
    const first = expiring.getByRole("listitem").first().getByRole("link");
    const label = (await first.textContent()) ?? "";
    const reference = label.split(" — ")[0]!.trim();
    await first.click();
    await expect(page).toHaveURL(/\/dashboard\/agreements\/[0-9a-f-]{36}$/);
    await expect(page.getByText(reference, { exact: false }).first()).toBeVisible();
  });

  test("[OFFICER] sees the figures against last year and the charts with their tables", async ({ page, signInAs }) => {
    await signInAs("OFFICER");
    await expect(page.getByRole("heading", { level: 2, name: "How the office is doing" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Agreements in force", exact: true })).toBeVisible();
    const chart = page.getByRole("figure", { name: "Mobilities per academic year, last ten years" });
    await expect(chart.getByRole("img", { name: "Mobilities per academic year, last ten years" })).toBeVisible();
    await chart.getByText("Show the figures as a table").click();
    await expect(chart.getByRole("table", { name: "Mobilities per academic year, last ten years" }).getByRole("row")).toHaveCount(11);
  });

  test("[COORDINATOR] sees the figures of their own unit, named on the page", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    await expect(page.getByRole("heading", { level: 2, name: "How School of Engineering and Applied Science is doing" })).toBeVisible();
  });

  test("[STUDENT] sees their applications with the next step, and no office figures", async ({ page, signInAs }) => {
    await signInAs("STUDENT");
    await expect(page.getByRole("heading", { level: 2, name: "Your applications" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Calls open to you" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How the office is doing" })).toHaveCount(0);
  });

  test("the dashboard fits a 390 px screen", async ({ page, signInAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs("OFFICER");
    await expect(page.getByRole("heading", { level: 2, name: "Needs attention today" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("international students", () => {
  test("[OFFICER] reads the statistics and opens a student from the list", async ({ page, signInAs }) => {
    await signInAs("OFFICER");
    // The demo (prisma/seed/seed-international-students.ts): 95 enrolled from 17 countries, as the office page says.
    await page.goto("/dashboard/international-students?status=ENROLLED");
    await expect(page.getByRole("heading", { level: 2, name: "95 students from 17 countries" })).toBeVisible();
    await page.getByRole("region", { name: "By country" }).getByRole("link", { name: "Türkiye" }).click();
    await expect(page).toHaveURL(/status=ENROLLED.*country=TR|country=TR.*status=ENROLLED/);
    await page.getByRole("table", { name: "International students" }).getByRole("rowheader").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/dashboard\/international-students\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 2, name: "Edit the record" })).toBeVisible();
  });

  test("[STUDENT] cannot open the list", async ({ page, signInAs }) => {
    await signInAs("STUDENT");
    const response = await page.goto("/dashboard/international-students");
    expect(response?.status()).toBe(403);
  });
});
