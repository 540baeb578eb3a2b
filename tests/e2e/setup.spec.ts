import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "./auth-fixtures";

/**
 * The first run (issue 14): a second portal on an empty database of its own (E2E_SETUP_PORT 3150,
 * embedded PostgreSQL on 54333, data in .data/e2e-setup), served by the same launcher without the
 * demo, from the build the main e2e server made. It prints the setup address with its one-time
 * token; the journey goes from the locked page to a configured institution and its admin signed in.
 * The demo portal (with its admin) answers 404 on /setup.
 */

const SETUP_PORT = Number(process.env.E2E_SETUP_PORT ?? 3150);
const FRESH = `http://localhost:${SETUP_PORT}`;
const DATA_DIR = ".data/e2e-setup";

let server: ChildProcess | undefined;
let setupAddress = "";

test.describe("first-run setup", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    rmSync(DATA_DIR, { recursive: true, force: true });
    server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/launch.ts", "--port", String(SETUP_PORT)], {
      env: { ...process.env, DATA_DIR, EMBEDDED_POSTGRES_PORT: "54333", APP_URL: FRESH, WEB_CONCURRENCY: "1", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: npx, tsx, the launcher, the server and PostgreSQL all stop together.
      detached: true,
    });
    setupAddress = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no setup address printed within 200 s")), 200_000);
      let output = "";
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = new RegExp(`${FRESH}/setup\\?token=[\\w-]+`).exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      server!.stdout!.on("data", read);
      server!.stderr!.on("data", read);
      server!.once("exit", (code) => reject(new Error(`the fresh portal stopped (${code}):\n${output}`)));
    });
  });

  test.afterAll(async () => {
    if (!server?.pid || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  });

  test("[DEMO] the set-up demo answers 404 on /setup", async ({ page }) => {
    const response = await page.goto("/setup");
    expect(response?.status()).toBe(404);
  });

  test("a visitor of the empty portal is sent to the setup, which stays locked without the token", async ({ page }) => {
    await page.goto(`${FRESH}/`);
    await expect(page).toHaveURL(`${FRESH}/setup`);
    await expect(page.getByRole("heading", { level: 1, name: "This portal is not set up yet" })).toBeVisible();
    await expect(page.getByLabel("Name of the institution")).toHaveCount(0);

    await page.goto(`${FRESH}/setup?token=not-the-token`);
    await expect(page.getByText("This setup key is not valid.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Set up the portal" })).toHaveCount(0);
  });

  test("the setup page fits a 390 px screen", async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(setupAddress);
    await expect(page.getByRole("heading", { level: 1, name: "Set up the portal" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  test("the newcomer sets up the institution and its admin, is told about wrong fields, signs in and goes on in the settings", async ({ page }) => {
    await page.goto(setupAddress);
    await expect(page.getByRole("heading", { level: 1, name: "Set up the portal" })).toBeVisible();

    await page.getByRole("button", { name: "Set up the portal" }).click();
    await expect(page.getByLabel(/^Name of the institution\*?$/)).toHaveAttribute("aria-invalid", "true");
    // (Which invalid field takes the focus is left to the form kit's own tests.)

    await page.getByLabel(/^Default language of the texts/).selectOption("en");
    await page.getByLabel(/^Name of the institution\*?$/).fill("Caspian Technical University");
    await page.getByLabel(/^Short name\*?$/).fill("CTU");
    await page.getByRole("tab", { name: /Azərbaycanca/ }).click();
    await page.getByLabel("Name of the institution (Azərbaycanca)").fill("Xəzəryanı Texniki Universitet");
    await page.getByRole("tab", { name: /English/ }).click();
    await page.getByLabel(/^Address/).fill("1 University Avenue, Baku AZ1000");
    await page.getByLabel(/^Country/).selectOption("AZ");
    await page.getByLabel(/^Time zone/).selectOption("Asia/Baku");
    await page.getByLabel(/^E-mail domains/).fill("ctu.example.edu, student.ctu.example.edu");
    await page.getByLabel(/^Erasmus code/).fill("AZ BAKU09");
    await page.getByLabel(/^Full name/).fill("Aysel Karimova");
    await page.getByLabel(/^E-mail address/).fill("aysel.karimova@ctu.example.edu");
    await page.getByLabel(/^Password/).fill("Setup-admin-pass-1");
    await page.getByLabel(/^Repeat the password/).fill("Setup-admin-pass-2");
    await page.getByRole("button", { name: "Set up the portal" }).click();
    await expect(page.getByText("The two passwords are not the same.")).toBeVisible();

    await page.getByLabel(/^Repeat the password/).fill("Setup-admin-pass-1");
    await page.getByRole("button", { name: "Set up the portal" }).click();
    await expect(page).toHaveURL(`${FRESH}/setup/done`);
    await expect(page.getByRole("heading", { level: 1, name: "The portal is set up" })).toBeVisible();
    await page.getByRole("link", { name: "Sign in" }).click();

    await page.getByLabel("Email").fill("aysel.karimova@ctu.example.edu");
    await page.getByLabel("Password").fill("Setup-admin-pass-1");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${FRESH}/dashboard`);

    // The newcomer goes on configuring: the office's contacts and its logo.
    await page.goto(`${FRESH}/dashboard/admin/settings`);
    await expect(page.getByLabel(/^Erasmus code/)).toHaveValue("AZ BAKU09");
    const contacts = page.getByRole("region", { name: "Office contacts" });
    await contacts.getByRole("button", { name: "Add a contact" }).click();
    await contacts.getByLabel(/^Name\*?$/).fill("Rashad Aliyev");
    await contacts.getByLabel(/^Position \(English\)/).fill("Exchange coordinator");
    await contacts.getByLabel(/^Position \(Русский\)/).fill("Координатор обменов");
    await contacts.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Contacts saved.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Office contacts" }).getByLabel(/^Name\*?$/)).toHaveValue("Rashad Aliyev");

    const letterhead = page.getByRole("region", { name: "Logo and letterhead" });
    await letterhead.getByLabel("Choose a logo").setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"/></svg>'),
    });
    await letterhead.getByRole("button", { name: "Upload logo" }).click();
    await expect(page.getByText("The logo has been saved.")).toBeVisible();
    const logo = page.getByRole("img", { name: "Logo of Caspian Technical University" });
    await expect(logo).toHaveAttribute("src", /^\/api\/institution\/logo\/[0-9a-f-]{36}$/);
    const served = await page.request.get(`${FRESH}${await logo.getAttribute("src")}`);
    expect(served.headers()["content-type"]).toBe("image/svg+xml");

    await page.goto(`${FRESH}/?lang=az`);
    await expect(page.getByRole("heading", { level: 1, name: "Xəzəryanı Texniki Universitet" })).toBeVisible();

    // Spent: the same address is gone for good.
    const again = await page.goto(setupAddress);
    expect(again?.status()).toBe(404);
  });
});
