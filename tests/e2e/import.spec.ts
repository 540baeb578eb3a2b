import { randomBytes } from "node:crypto";
import { expect, test } from "./auth-fixtures";

test.use({ locale: "en-US" });

const csv = (lines: string[]) => ({ name: "import.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n", "utf8") });

test.describe("[OFFICER] importing from a spreadsheet", () => {
  test("partners: a file with an error imports nothing; once fixed, every row is imported", async ({ page, signInAs }) => {
    const suffix = randomBytes(3).toString("hex");
    const first = `Nordlys Institute of Technology ${suffix}`;
    const second = `Fjellheim University College ${suffix}`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/partners/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import partners" })).toBeVisible();

    await page.getByLabel(/^File/).setInputFiles(csv(["Name,Type,Country,City", `${first},university,NO,Bergen`, `${second},unicorn,NO,Sogndal`]));
    await page.getByRole("button", { name: "Read the file" }).click();
    // The columns are matched by their names; the first rows are shown to check the matching.
    await expect(page.getByRole("heading", { level: 2, name: "2. Match the columns" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: /^Name/ })).toHaveValue("0");
    await expect(page.getByRole("table", { name: "The first rows of the file" })).toContainText(first);

    await page.getByRole("button", { name: "Check all rows (nothing is saved)" }).click();
    await expect(page.getByText("Fix the 1 error below")).toBeVisible();
    const problems = page.getByRole("table", { name: "Problems found, by row" });
    // Row 3 of the file (the header is row 1), its type.
    await expect(problems.getByRole("row").nth(1)).toContainText(/^3\s*Type/);
    await expect(page.getByRole("button", { name: /^Import \d+ partners?$/ })).toHaveCount(0);

    await page.getByLabel(/^File/).setInputFiles(csv(["Name,Type,Country,City", `${first},university,NO,Bergen`, `${second},university,NO,Sogndal`]));
    await page.getByRole("button", { name: "Read the file" }).click();
    await page.getByRole("button", { name: "Check all rows (nothing is saved)" }).click();
    await expect(page.getByText("No errors: all rows can be imported.")).toBeVisible();
    await page.getByRole("button", { name: "Import 2 partners" }).click();
    await expect(page.getByText("2 partners have been imported.")).toBeVisible();

    await page.goto(`/dashboard/partners?q=${encodeURIComponent(suffix)}`);
    await expect(page.getByRole("link", { name: first })).toBeVisible();
    await expect(page.getByRole("link", { name: second })).toBeVisible();
  });

  test("agreements: rows are matched to partners and units by name and code", async ({ page, signInAs }) => {
    const reference = `E2E-IMP-${randomBytes(3).toString("hex").toUpperCase()}`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/agreements/import");
    await page
      .getByLabel(/^File/)
      .setInputFiles(csv(["Reference number,Title,Kind,Partners,Unit,Ends on", `${reference},Student exchange with Heidelberg,bilateral,Heidelberg University,SEAS,2030-06-30`]));
    await page.getByRole("button", { name: "Read the file" }).click();
    await page.getByRole("button", { name: "Check all rows (nothing is saved)" }).click();
    await expect(page.getByText("No errors: all rows can be imported.")).toBeVisible();
    await page.getByRole("button", { name: "Import 1 agreement" }).click();
    await expect(page.getByText("1 agreement was imported.")).toBeVisible();
    await page.goto(`/dashboard/agreements?q=${reference}`);
    await expect(page.getByRole("link", { name: reference })).toBeVisible();
  });
});
