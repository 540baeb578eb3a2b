import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";

/**
 * Issue 10: a program's name and description are written in each language on tabs; the list says
 * which language still lacks a text, until it is written (decision 010).
 */
test.describe("[OFFICER] a mobility program in three languages", () => {
  test("writes the name in Azerbaijani, then in Russian; the list marks the missing language until then", async ({ page, signInAs }) => {
    const code = `E2E_${randomBytes(3).toString("hex").toUpperCase()}`;
    const name = `Summer research exchange ${code}`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/programs/new");
    await page.getByLabel(/^Code\*?$/).fill(code);
    await page.getByLabel(/^Name\*?$/).fill(name);
    await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
    await page.getByLabel("Name (Azərbaycanca)").fill("Yay tədqiqat mübadiləsi");
    await expect(page.getByRole("tab", { name: /Русский/ })).toContainText("missing");
    await page.getByRole("button", { name: "Create program" }).click();

    await expect(page).toHaveURL(/\/dashboard\/programs$/);
    const row = page.getByRole("row", { name: new RegExp(code) });
    await expect(row).toContainText("Русский: missing");
    await expect(row).not.toContainText("Azərbaycanca: missing");

    await row.getByRole("link", { name }).click();
    await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
    await expect(page.getByLabel("Name (Azərbaycanca)")).toHaveValue("Yay tədqiqat mübadiləsi");
    await page.getByRole("tab", { name: /Русский/ }).click();
    await page.getByLabel("Name (Русский)").fill("Летний исследовательский обмен");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(/\/dashboard\/programs$/);
    await expect(page.getByRole("row", { name: new RegExp(code) })).not.toContainText("missing");
  });
});
