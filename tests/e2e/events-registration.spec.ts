import { expect, readOutbox, test } from "./auth-fixtures";

/**
 * Issue 11's journey: a visitor registers for an event with their e-mail address, confirms it by the
 * link in the e-mail (read from the server's outbox), and cancels by the same e-mail's cancel link,
 * never signing in. The event is the demo's DAAD information session (registration by e-mail, 80 places).
 */

const EVENT = "DAAD scholarships for study and research in Germany";

/** The path of the first link in the e-mail to `email` that matches `pattern` (the server's APP_URL may differ from the browser's). */
async function linkInMail(email: string, pattern: RegExp): Promise<string> {
  let link = "";
  await expect(async () => {
    const mail = (await readOutbox()).find((message) => message.to === email);
    link = pattern.exec(mail?.text ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass();
  const url = new URL(link);
  return url.pathname + url.search;
}

test("a visitor registers for an event, confirms by the e-mailed link, and cancels", async ({ page }) => {
  const email = `e2e.visitor.${Date.now()}@example.org`;

  await page.goto("/events");
  await page.getByRole("region", { name: "Upcoming events" }).getByRole("link", { name: EVENT }).click();
  await expect(page.getByRole("heading", { level: 1, name: EVENT })).toBeVisible();
  // Places are shown; registrants never are.
  await expect(page.getByText(/places left of 80\./)).toBeVisible();

  await page.getByLabel("Your name").fill("Leyla Guliyeva");
  await page.getByLabel("Your e-mail address").fill(email);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByText(`we sent a confirmation link to ${email}`)).toBeVisible();

  // The confirmation e-mail: opening its link only shows the page, the button confirms.
  await page.goto(await linkInMail(email, /https?:\/\/\S+\/registration\?token=[^\s&]+(?=\s|$)/));
  await expect(page.getByText("Waiting for your confirmation")).toBeVisible();
  await page.getByRole("button", { name: "Confirm my registration" }).click();
  await expect(page.getByText("Your registration is confirmed.")).toBeVisible();
  await expect(page.getByText("Confirmed: your place is reserved")).toBeVisible();

  // The cancel link of the same e-mail puts the cancellation first; it works without signing in.
  await page.goto(await linkInMail(email, /https?:\/\/\S+\/registration\?token=\S+&cancel=1/));
  await page.getByRole("button", { name: "Cancel my registration" }).click();
  await expect(page.getByText("Your registration is cancelled.")).toBeVisible();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel my registration" })).toHaveCount(0);
});

test("a forged registration link is refused with a way back to the events", async ({ page }) => {
  await page.goto("/events/daad-scholarships-for-study-and-research-in-germany/registration?token=00000000-0000-4000-8000-000000000000.forged");
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See the events" })).toBeVisible();
});
