import { DEMO_ACCOUNTS, expect, readOutbox, signIn, test } from "./auth-fixtures";
import { openCallNotAppliedTo } from "./open-call";

/**
 * The application journey: a student starts an application from the catalogue, the draft survives
 * a reload and back/forward, the server refuses the submission until the mandatory documents are
 * uploaded, the student submits; an officer scores and nominates; the student sees the decision.
 */

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const MOTIVATION = "I want to study abroad to learn new research methods and bring them back to my department at Khazar.";

test("a student applies, a reviewer nominates, the student sees the decision", async ({ page, browser, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("STUDENT");

  const { title, url: opportunityUrl } = await openCallNotAppliedTo(page);
  await page.getByRole("link", { name: "Apply now" }).click();
  await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]+\/apply$/);
  const applyUrl = page.url();
  const opportunityId = /opportunities\/([0-9a-f-]+)\/apply/.exec(applyUrl)![1]!;

  // The draft is saved as the student types.
  const motivation = page.getByRole("textbox", { name: /^Motivation/ });
  await motivation.fill(MOTIVATION);
  await page.getByLabel("Language level (CEFR)").selectOption("C1");
  await page.getByRole("textbox", { name: /^GPA/ }).fill("91.5");
  await expect(page.getByText(/^Saved at/)).toBeVisible();

  await page.reload();
  await expect(motivation).toHaveValue(MOTIVATION);
  await expect(page.getByLabel("Language level (CEFR)")).toHaveValue("C1");
  await expect(page.getByRole("textbox", { name: /^GPA/ })).toHaveValue("91.5");

  // Back and forward, right after typing (before the autosave fires): nothing is lost.
  await motivation.fill(`${MOTIVATION} Also summer schools.`);
  await page.goBack();
  await expect(page).toHaveURL(opportunityUrl);
  await page.goForward();
  await expect(page).toHaveURL(applyUrl);
  await expect(motivation).toHaveValue(`${MOTIVATION} Also summer schools.`);
  await expect(page.getByText(/^Saved at/)).toBeVisible();

  // The server refuses a submission without the mandatory documents and says which ones.
  await page.getByRole("button", { name: "Submit application" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Your application could not be submitted" });
  await expect(summary).toContainText("Transcript of records: This mandatory document has not been uploaded.");
  await expect(page).toHaveURL(applyUrl);

  for (const name of ["Transcript of records", "Motivation letter"]) {
    await page.getByLabel(`Upload a file for “${name}”`).setInputFiles({ name: `${name}.pdf`, mimeType: "application/pdf", buffer: PDF });
    await expect(page.getByRole("link", { name: new RegExp(`Uploaded: ${name}\\.pdf`) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page).toHaveURL(/\/my\/applications\/[0-9a-f-]+$/);
  const applicationUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main").getByText("Submitted", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status history" })).toBeVisible();

  // A reviewer scores and nominates.
  const officerContext = await browser.newContext({ locale: "en-US" });
  const officer = await officerContext.newPage();
  await signIn(officer, "OFFICER");
  await officer.goto(`/dashboard/opportunities/${opportunityId}/applications`);
  await officer.getByRole("link", { name: DEMO_ACCOUNTS.STUDENT.name }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(DEMO_ACCOUNTS.STUDENT.name);
  await officer.getByLabel(/^Academic record/).fill("36");
  await officer.getByLabel(/^Motivation letter/).fill("27");
  await officer.getByLabel(/^Language competence/).fill("25");
  await expect(officer.getByText("Total: 88 of 100")).toBeVisible();
  await officer.getByRole("button", { name: "Save score" }).click();
  await expect(officer.getByText(/Average score: 88/)).toBeVisible();
  await expect(officer.getByRole("button", { name: "Shortlist" })).toBeVisible();
  await officer.getByRole("button", { name: "Shortlist" }).click();
  await expect(officer.getByRole("button", { name: "Nominate" })).toBeVisible();
  await officer.getByRole("button", { name: "Nominate" }).click();
  await expect(officer.getByRole("button", { name: "Accept" })).toBeVisible();
  await expect(officer.getByRole("main").getByText("Nominated", { exact: true }).first()).toBeVisible();
  await officerContext.close();

  // The student sees the decision, its history, and got an e-mail.
  await page.goto(applicationUrl);
  await expect(page.getByRole("main").getByText("Nominated", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("main").getByText(/Shortlisted/).first()).toBeVisible();
  await expect(page.getByRole("main").getByText("(by the office)").first()).toBeVisible();
  const mail = (await readOutbox()).find((entry) => entry.to === DEMO_ACCOUNTS.STUDENT.email && entry.subject.includes("nominated"));
  expect(mail?.subject).toContain(title);
});
