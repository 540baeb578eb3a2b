import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/**
 * The agreement journey: an officer creates an agreement for a partner through the form (searchable
 * partner picker, a mobility flow), uploads its signed scan, moves it through the lifecycle to
 * ACTIVE (the server and the page refuse activation until the dates are there), and renews it: the
 * successor exists as a DRAFT linked to the original.
 */
test("[OFFICER] creates an agreement with a document, activates it and renews it", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  const reference = `E2E-${randomBytes(3).toString("hex").toUpperCase()}`;
  await signInAs("OFFICER");
  await page.goto("/dashboard/agreements");
  await page.getByRole("link", { name: "New agreement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New agreement" })).toBeVisible();

  // Nothing is sent while required fields are missing; the errors sit next to their fields.
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("Choose at least one partner.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Reference number").fill(reference);
  await page.getByLabel("Kind").selectOption("ERASMUS_KA171");
  await page.getByLabel("Title").fill("Erasmus+ inter-institutional agreement with Uppsala University");
  const picker = page.getByRole("combobox", { name: "Partners" });
  await picker.fill("Uppsala");
  await expect(page.getByRole("option", { name: /Uppsala University/ })).toBeVisible();
  await picker.press("ArrowDown");
  await picker.press("ArrowUp");
  await picker.press("Enter");
  await expect(page.getByRole("list", { name: "Chosen partners" })).toContainText("Uppsala University");
  await page.getByLabel("Owning unit").selectOption({ label: "SEAS — School of Engineering and Applied Science" });
  await page.getByLabel("Student exchange").check();
  await page.getByLabel("Ends on").fill("2031-08-31");
  await page.getByRole("combobox", { name: "Renewal", exact: true }).selectOption("BY_NOTICE");
  await page.getByLabel("Notice period (days)").fill("90");
  await page.getByRole("button", { name: "Add a mobility flow" }).click();
  const flow = page.getByRole("group", { name: "Mobility flow 1" });
  await expect(flow.getByLabel("Direction")).toBeFocused();
  await flow.getByLabel("Places per year").fill("3");
  await flow.getByLabel("Months per place").fill("5");
  await flow.getByLabel("Language", { exact: true }).fill("English");
  await flow.getByLabel("Language level (CEFR)").selectOption("B2");
  await page.getByRole("button", { name: "Create draft" }).click();

  await expect(page).toHaveURL(/\/dashboard\/agreements\/[0-9a-f-]{36}$/);
  const agreementUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Erasmus+ inter-institutional agreement with Uppsala University");
  const status = page.getByRole("region", { name: "Status" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Status" }) }));
  await expect(status.getByText("Draft", { exact: true })).toBeVisible();

  // The signed scan, uploaded and downloadable as an attachment.
  await page.getByLabel(/^File/).setInputFiles({ name: "signed-agreement.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Signed agreement");
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  const download = page.getByRole("link", { name: "Download version 1 of Signed agreement" });
  await expect(download).toBeVisible();
  const file = await page.request.get((await download.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(file.headers()["content-type"]).toBe("application/pdf");

  // Through the lifecycle; activation waits for the signing and start dates.
  await page.getByRole("button", { name: "Start negotiation" }).click();
  await expect(status.getByText("In negotiation", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Ready for signature" }).click();
  await expect(status.getByText("Awaiting signature", { exact: true })).toBeVisible();
  await expect(page.getByText("Activate is not possible yet: add the signing date, add the start date.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Activate" })).toHaveCount(0);

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Signed on").fill("2026-09-10");
  await page.getByLabel("Starts on").fill("2026-09-15");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(agreementUrl);
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(status.getByText("Active", { exact: true })).toBeVisible();

  // History: every step is a version, with a field-by-field difference.
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Changes from version 4 to version 5" })).toBeVisible();
  await expect(page.getByText("Before: Awaiting signature")).toBeVisible();
  await expect(page.getByText("After: Active")).toBeVisible();
  await page.goBack();

  // Renewal: a linked DRAFT successor, pre-filled.
  await page.getByRole("button", { name: "Renew" }).click();
  const dialog = page.getByRole("dialog", { name: `Renew ${reference}?` });
  await dialog.getByRole("button", { name: "Create the renewal draft" }).click();
  await expect(page).not.toHaveURL(agreementUrl);
  await expect(page).toHaveURL(/\/dashboard\/agreements\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`${reference}-R1`, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: `This agreement renews ${reference}.` })).toBeVisible();
  await expect(status.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Uppsala University");

  await page.getByRole("link", { name: `This agreement renews ${reference}.` }).click();
  await expect(page).toHaveURL(agreementUrl);
  await expect(page.getByRole("link", { name: `Renewed by ${reference}-R1 (Draft).` })).toBeVisible();

  // At 360 px nothing but the tables' own scroll regions scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  for (const url of [agreementUrl, "/dashboard/agreements", `${agreementUrl}/edit`, `${agreementUrl}/history`, "/dashboard/agreements/expiring"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
  }
});
