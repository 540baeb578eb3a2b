import { expect, test } from "./auth-fixtures";

/**
 * Activity reports and the strategy in a real browser against the demo: an officer asks for the
 * annual report, watches it being made in the background (the page polls its progress) and
 * downloads both files; a coordinator reads the strategy with their unit's share and may not open
 * the reports. The report is made by the job queue of the server under test, usually within
 * seconds of the request (the request wakes the worker; its every-minute run is the fallback).
 */

test.describe("[OFFICER] activity reports", () => {
  test("generates the annual report and downloads the PDF and the workbook", async ({ page, signInAs }) => {
    test.setTimeout(150_000);
    await signInAs("OFFICER");
    await page.goto("/dashboard/reports");
    await expect(page.getByRole("heading", { level: 1, name: "Activity reports" })).toBeVisible();

    await page.getByLabel(/^Report\*?$/).selectOption("ANNUAL");
    await page.getByLabel(/^Year\*?$/).fill("2025");
    await page.getByLabel(/^Language of the report\*?$/).selectOption("en");
    await page.getByRole("button", { name: "Make the report" }).click();
    await expect(page.getByText("The report is being made. Its progress shows in the list.")).toBeVisible();

    const table = page.getByRole("table", { name: "Reports made, newest first" });
    const row = table.getByRole("row", { name: /Annual activity report 2025/ }).first();
    await expect(row).toContainText("Nigar Mammadova");
    // Waiting or being made, then ready: the page follows the report without a reload.
    await expect(row.getByRole("status")).toHaveText("Ready", { timeout: 120_000 });

    const pdfLink = row.getByRole("link", { name: /^Download PDF of Annual activity report 2025/ });
    const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe("activity-report-2025-en.pdf");
    const pdf = await page.request.get((await pdfLink.getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    const xlsxLink = row.getByRole("link", { name: /^Download Excel of Annual activity report 2025/ });
    const workbook = await page.request.get((await xlsxLink.getAttribute("href"))!);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()["content-disposition"]).toContain("activity-report-2025-en.xlsx");
    // An .xlsx file is a zip archive.
    expect((await workbook.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("adds a highlight for the reports of its period", async ({ page, signInAs }) => {
    await signInAs("OFFICER");
    await page.goto("/dashboard/reports");
    const title = `Rector's visit to partner universities ${Date.now()}`;
    await page.getByLabel(/^Day\*?$/).fill("2026-11-20");
    await page.getByLabel(/^Title\*?$/).fill(title);
    await page.getByRole("button", { name: "Add highlight" }).click();
    await expect(page.getByText("The highlight has been added.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Highlights, most recent first" }).getByRole("link", { name: title })).toBeVisible();
  });
});

test.describe("[COORDINATOR] strategy and reports", () => {
  test("reads the strategy with their unit's share, and may not open the reports", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    await page.goto("/dashboard/strategy");
    await expect(page.getByRole("heading", { level: 1, name: "Internationalization strategy" })).toBeVisible();
    await expect(page.getByText(/Figures of School of Engineering and Applied Science/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Strengthen partnerships with universities worldwide" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Edit goal/ })).toHaveCount(0);
    const response = await page.goto("/dashboard/reports");
    expect(response?.status()).toBe(403);
  });
});

test.describe("[ADMIN] strategy", () => {
  test("sees every goal with its status and may edit them", async ({ page, signInAs }) => {
    await signInAs("ADMIN");
    await page.goto("/dashboard/strategy");
    await expect(page.getByRole("link", { name: "New goal" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Expand student and staff mobility" })).toBeVisible();
    await expect(page.getByRole("table", { name: /Students sent abroad: target and actual by year/ })).toBeVisible();
    await page.getByRole("link", { name: /^Edit goal\W+Expand student and staff mobility$/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Expand student and staff mobility" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Indicators of this goal" })).toContainText("Staff sent abroad to teach or train");
  });
});
