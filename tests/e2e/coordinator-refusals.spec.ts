import pg from "pg";
import { expect, test } from "./auth-fixtures";

/**
 * One refusal for one case, on every page: a coordinator opening a page their role may not open gets
 * the 403 page; opening a record outside their unit gets the 404 page (its existence is not
 * confirmed). Record ids come from the e2e server's own database (playwright.config.ts).
 */
const E2E_DATABASE = `postgres://postgres:postgres@localhost:${process.env.E2E_DB_PORT ?? 54331}/iro`;

async function otherUnitRecords() {
  const client = new pg.Client({ connectionString: E2E_DATABASE });
  await client.connect();
  try {
    const unit = `(SELECT "unitId" FROM "User" WHERE email = 'coordinator@khazar.org')`;
    const agreement = await client.query<{ id: string }>(`SELECT id FROM "Agreement" WHERE "unitId" <> ${unit} LIMIT 1`);
    const opportunity = await client.query<{ id: string }>(`SELECT id FROM "Opportunity" WHERE "unitId" IS NOT NULL AND "unitId" <> ${unit} LIMIT 1`);
    return { agreementId: agreement.rows[0]?.id, opportunityId: opportunity.rows[0]?.id };
  } finally {
    await client.end();
  }
}

const FORBIDDEN_PAGES = [
  "/dashboard/partners/new",
  "/dashboard/partners/import",
  "/dashboard/centers/new",
  "/dashboard/programs/new",
  "/dashboard/opportunities/new",
  "/dashboard/admin/users",
  "/dashboard/admin/users/invite",
  "/dashboard/admin/audit",
];

test("[COORDINATOR] meets the same refusal on every page they may not open", async ({ page, signInAs }) => {
  await signInAs("COORDINATOR");
  for (const url of FORBIDDEN_PAGES) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
    await expect(page.getByText("403", { exact: true }), url).toBeVisible();
  }

  const { agreementId, opportunityId } = await otherUnitRecords();
  expect(agreementId, "the demo has an agreement of another unit").toBeTruthy();
  expect(opportunityId, "the demo has a call of another unit").toBeTruthy();
  const notTheirs = [
    `/dashboard/agreements/${agreementId}`,
    `/dashboard/agreements/${agreementId}/edit`,
    `/dashboard/agreements/${agreementId}/history`,
    `/dashboard/opportunities/${opportunityId}`,
    `/dashboard/opportunities/${opportunityId}/applications`,
    "/dashboard/agreements/not-a-uuid",
    "/dashboard/partners/00000000-0000-4000-8000-000000000000",
  ];
  for (const url of notTheirs) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});
