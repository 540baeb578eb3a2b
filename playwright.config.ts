import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end journeys in Debian's Chromium against the production build, served by the same launcher
 * as the demo but with its own data folder and embedded database (recreated by scripts/test-all.ts).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    // A locator that matches nothing fails the step in 15 s instead of using up the whole test.
    actionTimeout: 15_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `npx tsx --conditions=react-server scripts/launch.ts --demo --port ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATA_DIR: ".data/e2e",
      EMBEDDED_POSTGRES_PORT: "54331",
      APP_URL: baseURL,
      LOG_LEVEL: "warn",
      // Single sign-on through a real OpenID Connect provider that tests/e2e/sso-oidc.spec.ts starts itself.
      OIDC_ISSUER: `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3199}`,
      OIDC_CLIENT_ID: "iro-portal-e2e",
      OIDC_CLIENT_SECRET: "e2e-oidc-client-secret",
      OIDC_DISPLAY_NAME: "Test University account",
    },
  },
});
