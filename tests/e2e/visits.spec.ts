import { randomBytes } from "node:crypto";
import { stableId } from "../../prisma/seed/stable-id";
import { pdfText } from "../helpers/pdf-text";
import { expect, test } from "./auth-fixtures";

/** A day relative to today, as a date input takes it. */
function day(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

test.describe("[OFFICER] visits", () => {
  test("records a delegation with two guests, builds an agenda, downloads an invitation letter and marks a visa issued", async ({ page, signInAs }) => {
    const title = `University of Graz delegation ${randomBytes(3).toString("hex")}`;
    const [first, last] = [day(40), day(41)];
    await signInAs("OFFICER");
    await page.goto("/dashboard/visits");
    await expect(page.getByRole("heading", { level: 1, name: "Visits and delegations" })).toBeVisible();
    await page.getByRole("link", { name: "New visit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New visit" })).toBeVisible();

    await page.getByLabel(/^Direction\*?$/).selectOption("INCOMING");
    await page.getByLabel(/^Kind of visit\*?$/).selectOption("DELEGATION");
    await page.getByLabel(/^Title\*?$/).fill(title);
    await page.getByLabel(/^Purpose\*?$/).fill("A two-day PROMIG training in migration studies for the partner universities' staff.");
    await page.getByLabel(/^Partner$/).selectOption({ label: "University of Graz (AT)" });
    await page.getByLabel(/^Costs covered by$/).fill("Khazar University covers accommodation and meals; the University of Graz covers travel.");
    // Dates in the wrong order are answered next to the last day, and nothing is saved.
    await page.getByLabel(/^First day\*?$/).fill(last);
    await page.getByLabel(/^Last day\*?$/).fill(first);
    await page.getByRole("button", { name: "Create visit" }).click();
    await expect(page.getByLabel(/^Last day\*?$/)).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel(/^First day\*?$/).fill(first);
    await page.getByLabel(/^Last day\*?$/).fill(last);
    await page.getByRole("button", { name: "Create visit" }).click();
    await expect(page).toHaveURL(/\/dashboard\/visits\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // Two guests, with their passport data (the office sees and records it).
    for (const [name, passport] of [
      ["Katharina Huber", "P7734219"],
      ["Stefan Gruber", "P5521907"],
    ] as const) {
      await page.getByRole("button", { name: "Add a participant" }).click();
      const form = page.getByRole("region", { name: "Add a participant" });
      await form.getByLabel(/^Name as in the passport\*?$/).fill(name);
      await form.getByLabel(/^Organization$/).fill("University of Graz");
      await form.getByLabel(/^Nationality$/).selectOption("AT");
      await form.getByLabel(/^Passport number$/).fill(passport);
      await form.getByLabel(/^Passport expires on$/).fill(day(1500));
      await form.getByLabel(/^Arrival$/).fill(`${first}T08:15`);
      await form.getByLabel(/^Departure$/).fill(`${last}T18:40`);
      await form.getByLabel(/^Visa$/).selectOption("REQUIRED");
      await form.getByRole("button", { name: "Add a participant" }).click();
      await expect(page.getByText(name, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Participants (2)" })).toBeVisible();
    await expect(page.getByText("P7734219")).toBeVisible();

    // The agenda: a meeting, then a tour that overlaps it (saved, with a warning).
    for (const [what, from, to] of [
      ["Meeting with the Rector", "10:00", "11:00"],
      ["Campus tour", "10:30", "12:00"],
    ] as const) {
      await page.getByRole("button", { name: "Add an agenda item" }).click();
      const form = page.getByRole("region", { name: "Add an agenda item" });
      await form.getByLabel(/^Starts\*?$/).fill(`${first}T${from}`);
      await form.getByLabel(/^Ends$/).fill(`${first}T${to}`);
      await form.getByLabel(/^What\*?$/).fill(what);
      await form.getByLabel(/^Where$/).fill("Neftchilar campus");
      await form.getByRole("button", { name: "Add an agenda item" }).click();
      await expect(page.getByText(what, { exact: true })).toBeVisible();
    }
    await expect(page.getByText("“Campus tour” overlaps “Meeting with the Rector”.").first()).toBeVisible();

    // An invitation letter for one guest, kept on the visit; its text holds the passport name and number.
    const visitUrl = page.url();
    await page.getByRole("link", { name: "Letters and printable agenda" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Invitation letters" })).toBeVisible();
    await page.getByLabel(/^For$/).selectOption({ label: "Katharina Huber" });
    await page.getByLabel(/^Language of the letter\*?$/).selectOption("en");
    await page.getByRole("button", { name: "Make the letter" }).click();
    await expect(page.getByText(/^Letter .+ is ready and kept on the visit\.$/)).toBeVisible();
    const download = page.getByRole("link", { name: /^Download / });
    await expect(download).toHaveCount(1);
    const letter = await page.request.get((await download.getAttribute("href"))!);
    expect(letter.status()).toBe(200);
    expect(letter.headers()["content-type"]).toBe("application/pdf");
    const { text } = await pdfText(await letter.body());
    expect(text).toContain("Katharina Huber");
    expect(text).toContain("P7734219");
    expect(text).not.toContain("P5521907");
    await page.goto(visitUrl);

    // The visa is issued: edit the guest in place.
    await page.getByRole("button", { name: "Edit Katharina Huber" }).click();
    await page.getByLabel(/^Visa$/).selectOption("ISSUED");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Visa: Issued")).toBeVisible();
    await expect(page.getByText("Visa: Needed")).toBeVisible();
  });

  test("the list fits a 390 px screen", async ({ page, signInAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs("OFFICER");
    await page.goto("/dashboard/visits");
    await expect(page.getByRole("heading", { level: 1, name: "Visits and delegations" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("[COORDINATOR] visits", () => {
  test("sees their unit's visit without personal data, and another unit's visit is not found", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    await page.goto("/dashboard/visits");
    await page.getByRole("link", { name: /^Mevlana exchange/ }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Participants/ })).toBeVisible();
    const html = await page.content();
    // The demo's Mevlana guests have passports on record; neither the page nor its payload holds them.
    expect(html).not.toContain("U18340957");
    expect(html).not.toContain("passportNumber");
    await expect(page.getByRole("button", { name: "Erase personal data" })).toHaveCount(0);
    // The petroleum delegation belongs to another unit.
    const response = await page.goto(`/dashboard/visits/${stableId("visit", "delegation-1")}`);
    expect(response?.status()).toBe(404);
  });
});
