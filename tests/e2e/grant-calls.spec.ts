import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, readOutbox, signIn, test } from "./auth-fixtures";

/**
 * Issue 12, grant calls: an officer records and publishes a call; a member of staff follows it and
 * receives its deadline reminder in the outbox; they subscribe to the weekly digest, receive it, and
 * unsubscribe from the link in it without signing in, after which the link says it is spent.
 *
 * The reminder and digest jobs run on a schedule (pg-boss); the spec runs them at once the way an
 * operator would run a job by hand (`npm run job -- <name>`) against the e2e server's database and
 * data folder (its outbox and its generated AUTH_SECRET, which signs the unsubscribe link the server
 * later checks).
 */

const DATA_DIR = path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e");
const E2E_DATABASE = `postgres://postgres:postgres@localhost:${process.env.E2E_DB_PORT ?? 54331}/iro`;

/** Runs one scheduled job once, by its name, the way an operator would (`npm run job -- <name>`). */
function runJob(name: string, appUrl: string): void {
  const authSecret = readFileSync(path.join(DATA_DIR, "auth-secret"), "utf8").trim();
  execFileSync("npm", ["run", "--silent", "job", "--", name], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE, DATA_DIR, AUTH_SECRET: authSecret, APP_URL: appUrl, JOBS_DISABLED: "true", LOG_LEVEL: "warn" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

/** A day `days` from now with a time, as a datetime-local input takes it. */
function inDays(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

async function asOfficer(browser: Browser, work: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  try {
    await signIn(page, "OFFICER");
    await work(page);
  } finally {
    await context.close();
  }
}

/** The officer records a call due in `days` days and publishes it; returns its title. */
async function publishCall(browser: Browser, days: number): Promise<string> {
  const title = `Mobility of Caspian researchers ${randomBytes(3).toString("hex")}`;
  await asOfficer(browser, async (page) => {
    await page.goto("/dashboard/grant-calls/new");
    await expect(page.getByRole("heading", { level: 1, name: "New grant call" })).toBeVisible();
    await page.getByLabel(/^Title\*?$/).fill(title);
    await page.getByLabel(/^Funder\*?$/).fill("Science Development Foundation (Azerbaijan)");
    await page.getByLabel("Staff", { exact: true }).check();
    // A budget out of order is answered next to the field, and nothing is saved.
    await page.getByLabel(/^Deadline\*?$/).fill(inDays(days, "18:00"));
    await page.getByLabel("Smallest grant").fill("50000");
    await page.getByLabel("Largest grant").fill("20000");
    await page.getByLabel("Currency").selectOption("AZN");
    await page.getByRole("button", { name: "Create grant call" }).click();
    await expect(page.getByLabel("Largest grant")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Largest grant").fill("80000");
    await page.getByRole("button", { name: "Create grant call" }).click();
    await expect(page).toHaveURL(/\/dashboard\/grant-calls\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("The grant call is published.")).toBeVisible();
  });
  return title;
}

test.describe("[COORDINATOR] grant calls", () => {
  test("follows a call, receives its deadline reminder, and unsubscribes from the digest link", async ({ page, browser, baseURL, signInAs }) => {
    test.setTimeout(180_000);
    const coordinator = DEMO_ACCOUNTS.COORDINATOR.email;

    // The member of staff subscribes to the weekly digest (every new call).
    await signInAs("COORDINATOR");
    await page.goto("/dashboard/grant-calls/digest");
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByText(`You are subscribed. The digest is sent to ${coordinator}.`)).toBeVisible();

    // A call due in ten days is published; the 30-day reminder is due at once.
    const title = await publishCall(browser, 10);

    await page.goto("/dashboard/grant-calls");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: "Follow this call" }).click();
    await expect(page.getByText("You will be reminded before the deadline.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Unfollow" })).toBeVisible();

    runJob("grant-call-reminders", baseURL!);
    const reminder = (await readOutbox()).find((mail) => mail.to === coordinator && mail.subject.endsWith(title));
    expect(reminder?.subject).toBe(`10 days left: ${title}`);
    // Running the job again sends nothing more.
    runJob("grant-call-reminders", baseURL!);
    expect((await readOutbox()).filter((mail) => mail.to === coordinator && mail.subject.endsWith(title))).toHaveLength(1);

    runJob("grant-call-digest", baseURL!);
    const digest = (await readOutbox()).find((mail) => mail.to === coordinator && mail.text.includes(title) && /new grant calls? this week/.test(mail.subject));
    expect(digest, "the digest names the new call").toBeTruthy();
    const link = digest!.text.match(/https?:\/\/\S+\/grant-calls\/unsubscribe\?token=\S+/)?.[0];
    expect(link).toBeTruthy();

    // The link works without signing in.
    await page.context().clearCookies();
    await page.goto(link!);
    await expect(page.getByRole("heading", { level: 1, name: "Weekly digest of grant calls" })).toBeVisible();
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByText("You have unsubscribed. No more digests will be sent.")).toBeVisible();
    // Valid once: opening it again says it is already done.
    await page.goto(link!);
    await expect(page.getByText("This subscription has already been ended")).toBeVisible();
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);

    // A forged link is refused.
    const forged = link!.replace(/\.([A-Za-z0-9_-]+)$/, (_match, signature: string) => `.${signature.slice(1)}A`);
    await page.goto(forged);
    await expect(page.getByText("This unsubscribe link is not valid.")).toBeVisible();
  });

  test("a visitor sees public calls only, and a coordinator cannot create one", async ({ page, signInAs }) => {
    await page.goto("/grant-calls");
    await expect(page.getByRole("heading", { level: 1, name: "Grant calls" })).toBeVisible();
    // The demo's KA171 round is for staff only.
    await expect(page.getByText("Erasmus+ KA171 International credit mobility with partner countries")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Fulbright Visiting Scholar Program" })).toBeVisible();
    await signInAs("COORDINATOR");
    const response = await page.goto("/dashboard/grant-calls/new");
    expect(response?.status()).toBe(403);
  });
});
