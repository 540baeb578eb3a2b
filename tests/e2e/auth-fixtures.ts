import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";

/**
 * Signing in for end-to-end specs: `signInAs("OFFICER")` goes through the real sign-in form with a
 * demo account (seeded by the demo launcher), so every spec also exercises the auth path.
 *
 *   import { expect, test } from "./auth-fixtures";
 *   test("…", async ({ page, signInAs }) => { await signInAs("COORDINATOR"); … });
 */

export const DEMO_PASSWORD = "Demo!2026";

export const DEMO_ACCOUNTS = {
  ADMIN: { email: "admin@khazar.org", name: "Kamran Rzayev", roleLabel: "Administrator" },
  OFFICER: { email: "officer@khazar.org", name: "Nigar Mammadova", roleLabel: "International office officer" },
  COORDINATOR: { email: "coordinator@khazar.org", name: "Farid Huseynov", roleLabel: "Faculty coordinator" },
  STUDENT: { email: "student@khazar.org", name: "Aylin Safarova", roleLabel: "Student" },
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

export async function fillSignInForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in from the sign-in page (optionally with a way back) and waits for the landing page. */
export async function signIn(page: Page, role: DemoRole, callbackUrl?: string): Promise<void> {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await fillSignInForm(page, DEMO_ACCOUNTS[role].email, DEMO_PASSWORD);
  await expect(page).toHaveURL(callbackUrl ?? "/dashboard");
}

/**
 * The e-mails the server under test wrote to its outbox (no SMTP in tests), newest first. Read from
 * the file system: the outbox page exists only in development, and the e2e server is a production build.
 */
export async function readOutbox(): Promise<{ to: string; subject: string; text: string }[]> {
  const file = path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e", "outbox", "index.json");
  try {
    return JSON.parse(await readFile(file, "utf8")) as { to: string; subject: string; text: string }[];
  } catch {
    return [];
  }
}

export const test = base.extend<{ signInAs: (role: DemoRole, callbackUrl?: string) => Promise<void> }>({
  // English, so labels are known whatever the machine's language.
  locale: async ({}, provide) => {
    await provide("en-US");
  },
  signInAs: async ({ page }, provide) => {
    await provide((role, callbackUrl) => signIn(page, role, callbackUrl));
  },
});

export { expect };
