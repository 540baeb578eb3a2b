import { randomBytes } from "node:crypto";
import { stableId } from "../../prisma/seed/stable-id";
import { expect, test } from "./auth-fixtures";

/**
 * Issue 12, projects on the staff side: an officer records a project with its consortium, work plan
 * and budget and sees the burn; a coordinator is kept to their unit's projects.
 */

test.describe("[OFFICER] projects", () => {
  test("creates a project with two partners, a work package, a deliverable and an expense, and sees the burn", async ({ page, signInAs }) => {
    const acronym = `E2E${randomBytes(3).toString("hex").toUpperCase()}`;
    await signInAs("OFFICER");
    await page.goto("/dashboard/projects");
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await page.getByRole("link", { name: "New project" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New project" })).toBeVisible();

    await page.getByLabel(/^Title\*?$/).fill(`Sustainable Tourism Curricula ${acronym}`);
    await page.getByLabel(/^Acronym$/).fill(acronym);
    await page.getByLabel(/^Funding program\*?$/).fill("Erasmus+ KA2 Capacity Building in Higher Education");
    await page.getByLabel(/^Our role\*?$/).selectOption("PARTNER");
    await page.getByLabel(/^Start date\*?$/).fill("2026-01-15");
    await page.getByLabel(/^End date\*?$/).fill("2028-01-14");
    await page.getByLabel(/^Total budget$/).fill("120000");
    await page.getByLabel(/^Currency$/).fill("EUR");

    // Two partners, neither marked as coordinator: we are a partner, so the server asks for one.
    await page.getByRole("button", { name: "Add a partner" }).click();
    await page.getByLabel(/^Partner 1\*?$/).selectOption({ label: "Tbilisi State University (Georgia)" });
    await page.getByRole("button", { name: "Add a partner" }).click();
    await page.getByLabel(/^Partner 2\*?$/).selectOption({ label: "University of Graz (Austria)" });
    await page.getByRole("button", { name: "Create the project" }).click();
    await expect(page.getByText("We are a partner, so the consortium needs its coordinator")).toBeVisible();

    await page.getByLabel("Role", { exact: true }).first().selectOption("coordinator");
    await page.getByRole("button", { name: "Create the project" }).click();
    await expect(page).toHaveURL(/\/dashboard\/projects\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: `Sustainable Tourism Curricula ${acronym}` })).toBeVisible();
    const consortium = page.getByRole("region", { name: "Consortium" });
    await expect(consortium).toContainText("Tbilisi State University");
    await expect(consortium).toContainText("Coordinator");
    await expect(consortium).toContainText("University of Graz");

    // The work plan: a work package over its months, and a deliverable.
    await page.getByRole("link", { name: "Work plan", exact: true }).click();
    await page.getByRole("button", { name: "Add a work package" }).click();
    await page.getByLabel(/^Title\*?$/).fill("WP1 Management");
    await page.getByLabel(/^First month$/).fill("1");
    await page.getByLabel(/^Last month$/).fill("30");
    await page.getByRole("button", { name: "Add a work package" }).click();
    await expect(page.getByText("The project has 24 months: a work package must fit in them.")).toBeVisible();
    await page.getByLabel(/^Last month$/).fill("24");
    await page.getByRole("button", { name: "Add a work package" }).click();
    // Stored without the repeated number: "WP1 Management", never "WP1 WP1 Management".
    await expect(page.getByRole("region", { name: "Work packages" }).getByText("WP1 Management", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Add a deliverable or report" }).click();
    await page.getByLabel(/^Code\*?$/).fill("D1.1");
    await page.getByLabel(/^Title\*?$/).fill("Curriculum needs analysis");
    await page.getByLabel(/^Due date\*?$/).fill("2026-06-30");
    await page.getByRole("button", { name: "Add a deliverable or report" }).click();
    await expect(page.getByRole("region", { name: "Deliverables and reports" }).getByText("D1.1 Curriculum needs analysis")).toBeVisible();
    // The timeline is drawn, and said as a table for screen readers.
    await expect(page.getByRole("table", { name: "Timeline of work packages and activities" })).toContainText("WP1 Management");

    // The budget: a travel line for 2026 and an expense paid in euros that takes it over.
    await page.getByRole("link", { name: "Budget", exact: true }).click();
    await page.getByRole("button", { name: "Add a budget line" }).click();
    await page.getByLabel(/^Category$/).selectOption("TRAVEL");
    await page.getByLabel(/^Year\*?$/).selectOption("2026");
    await page.getByLabel(/^Planned \(EUR\)\*?$/).fill("1000");
    await page.getByRole("button", { name: "Add a budget line" }).click();
    await expect(page.getByText("Budget line added.")).toBeVisible();

    await page.getByLabel(/^Budget line\*?$/).selectOption({ label: "2026 · Travel" });
    await page.getByLabel(/^Date\*?$/).fill("2026-03-15");
    await page.getByLabel(/^What was paid\*?$/).fill("Flights to Graz for the kick-off meeting");
    await page.getByLabel(/^Amount\*?$/).fill("-20");
    await page.getByLabel(/^Currency paid in\*?$/).fill("EUR");
    await page.getByLabel(/^Rate to EUR\*?$/).fill("1");
    await page.getByRole("button", { name: "Record the expense" }).click();
    await expect(page.getByText("Enter an amount above zero.")).toBeVisible();
    await page.getByLabel(/^Amount\*?$/).fill("1250,50");
    await expect(page.getByText("In the budget: €1,250.50.")).toBeVisible();
    await page.getByRole("button", { name: "Record the expense" }).click();
    await expect(page.getByText("This budget line is now over its plan.")).toBeVisible();

    // The burn: 125.1 % of the plan spent, and the line that went over.
    await expect(page.getByText("One budget line is over its plan.")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "125.1% spent" })).toBeVisible();
    await expect(page.getByRole("table", { name: "By category" }).getByRole("row", { name: /Travel/ })).toContainText("125.1%");
  });
});

test.describe("[COORDINATOR] projects", () => {
  test("sees their unit's projects and gets 404 for another unit's", async ({ page, signInAs }) => {
    await signInAs("COORDINATOR");
    await page.goto("/dashboard/projects");
    // The School of Engineering's projects (CRENG, MAGNUS), not the Graduate School's NIZAMI.
    await expect(page.getByRole("link", { name: /^CRENG/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^NIZAMI/ })).toHaveCount(0);
    const response = await page.goto(`/dashboard/projects/${stableId("project", "nizami")}`);
    expect(response?.status()).toBe(404);
  });
});

test("a visitor reads a project's public page with its consortium on the map, without an internal budget", async ({ page }) => {
  await page.goto("/projects/nizami");
  await expect(page.getByRole("group", { name: "The consortium's countries on the world map" })).toBeVisible();
  await expect(page.getByText(/Countries of the consortium: .*France.*Germany/)).toBeVisible();
  // NIZAMI's budget is marked public; PROMIG's is not.
  await expect(page.getByRole("term").filter({ hasText: "Budget" })).toBeVisible();
  await page.goto("/projects/promig");
  await expect(page.getByRole("term").filter({ hasText: "Budget" })).toHaveCount(0);
});
