import { expect, test } from "./auth-fixtures";
import { openCallNotAppliedTo } from "./open-call";

/**
 * After applying (or withdrawing), a call's page still said "Apply now", and "Add the deadline to my
 * calendar" subscribed to the whole feed. Now the page shows the student's own application with its
 * status and a link to it, and the calendar link gives that one deadline.
 */

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const MOTIVATION = "I want to study abroad to learn new research methods and bring them back to my department at Khazar.";

test("a call's page shows the student's draft, then the submitted and the withdrawn application, never Apply now again", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("STUDENT");

  const { url: callUrl } = await openCallNotAppliedTo(page);
  const panel = page.getByRole("region", { name: "Applying for this opportunity" });
  await expect(panel.getByRole("link", { name: "Apply now" })).toBeVisible();

  // This call's deadline alone, not the whole feed.
  const calendarLink = page.getByRole("link", { name: "Add this deadline to my calendar" });
  const calendarHref = (await calendarLink.getAttribute("href"))!;
  expect(calendarHref).toMatch(/^\/api\/public\/opportunities\/[0-9a-f-]+\/calendar\.ics/);
  const calendar = await (await page.request.get(calendarHref)).text();
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  await expect(page.getByRole("link", { name: "Subscribe to all deadlines" })).toHaveAttribute("href", /^\/api\/public\/opportunities\.ics/);

  // A draft: the page offers to continue it.
  await panel.getByRole("link", { name: "Apply now" }).click();
  await page.getByRole("textbox", { name: /^Motivation/ }).fill(MOTIVATION);
  await page.getByLabel("Language level (CEFR)").selectOption("C1");
  await page.getByRole("textbox", { name: /^GPA/ }).fill("90");
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await page.goto(callUrl);
  await expect(panel.getByText("Draft", { exact: true })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Apply now" })).toHaveCount(0);
  await panel.getByRole("link", { name: "Continue your application" }).click();

  // Submitted: the page shows the status and links to the application.
  // Every document slot of this call (calls ask for different documents).
  const slotLabels = page.locator("label", { hasText: /^Upload a file for “.+”$/ });
  await expect(slotLabels.first()).toBeAttached();
  const slots = (await slotLabels.allTextContents()).map((text) => /“(.+)”/.exec(text)?.[1] ?? "");
  expect(slots.length).toBeGreaterThan(0);
  for (const name of slots) {
    await page.getByLabel(`Upload a file for “${name}”`).setInputFiles({ name: `${name}.pdf`, mimeType: "application/pdf", buffer: PDF });
    await expect(page.getByRole("link", { name: new RegExp(`Uploaded: ${name}\\.pdf`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page).toHaveURL(/\/my\/applications\/[0-9a-f-]+$/);
  const applicationPath = new URL(page.url()).pathname;
  await page.goto(callUrl);
  await expect(panel.getByText("Submitted", { exact: true })).toBeVisible();
  await expect(panel.getByRole("link", { name: "View your application" })).toHaveAttribute("href", applicationPath);
  await expect(page.getByRole("link", { name: "Apply now" })).toHaveCount(0);

  // Withdrawn: still the application, not "Apply now".
  await panel.getByRole("link", { name: "View your application" }).click();
  await page.getByRole("button", { name: "Withdraw application" }).click();
  await page.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(page.getByRole("main").getByText("Your application has been withdrawn.").first()).toBeVisible();
  await page.goto(callUrl);
  await expect(panel.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(panel.getByRole("link", { name: "View your application" })).toHaveAttribute("href", applicationPath);
  await expect(page.getByRole("link", { name: "Apply now" })).toHaveCount(0);
});
