import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getInstitution } from "@/lib/institution/queries";
import { clearDirectoryCache } from "@/lib/partners/directory-cache";
import { getPublicPartner, loadDirectory } from "@/lib/partners/public-queries";
import { publicPartnerFilterSchema } from "@/lib/partners/schemas";
import { db } from "@/lib/db/client";
import { ensureInstitution } from "@/tests/helpers/factories";
import { createAgreementWith, createContact } from "@/tests/helpers/partner-factories";

/**
 * A query budget for the public directory: the data a page needs comes in a fixed, small number
 * of SQL statements whatever the number of partners (no N+1). Statements are counted where every
 * Prisma query ends up: node-postgres's Client#query.
 */

async function countQueries(run: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    await run();
    // Transaction control and the planner setting of text searches (SET LOCAL) are not data queries.
    return spy.mock.calls.filter(([query]) => !/^\s*(BEGIN|COMMIT|ROLLBACK|DEALLOCATE|SET LOCAL)/i.test(typeof query === "string" ? query : String((query as { text?: string }).text ?? ""))).length;
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
  await ensureInstitution();
  const countries = ["DE", "FR", "US", "JP", "AZ", "TR", "IT", "ES", "PL", "NO"];
  await db.partner.createMany({
    data: Array.from({ length: 2000 }, (_, i) => ({
      slug: `bulk-${i}`,
      name: `Bulk Partner ${i} University`,
      kind: i % 3 === 0 ? "RESEARCH_INSTITUTE" : "UNIVERSITY",
      countryCode: countries[i % countries.length]!,
      areas: i % 2 === 0 ? ["student-exchange"] : ["joint-research"],
      description: `Cooperation number ${i} in research and exchange.`,
      status: "ACTIVE",
      isPublic: i % 10 !== 0,
    })),
  });
  const partner = await db.partner.findUniqueOrThrow({ where: { slug: "bulk-1" } });
  for (let i = 0; i < 5; i++) await createContact(partner.id, { isPublic: i % 2 === 0 });
  for (let i = 0; i < 6; i++) await createAgreementWith([partner.id], { kind: i % 2 ? "ERASMUS_KA131" : "MEMORANDUM_OF_UNDERSTANDING" });
});

describe("directory query budget", () => {
  it("loads the directory's first page and map in two queries, however many partners there are", async () => {
    clearDirectoryCache();
    const filter = publicPartnerFilterSchema.parse({});
    const first = await countQueries(() => loadDirectory(filter));
    expect(first).toBe(2);
    // The same page again within the cache's lifetime needs no query at all.
    expect(await countQueries(() => loadDirectory(filter))).toBe(0);
    const filtered = publicPartnerFilterSchema.parse({ q: "bulk partner 12", region: "EUROPE", kind: "UNIVERSITY", area: "student-exchange" });
    expect(await countQueries(() => loadDirectory(filtered))).toBe(2);
    // A misspelling falls back to the fuzzy name match: two more queries, each in its own transaction.
    const misspelt = publicPartnerFilterSchema.parse({ q: "Bulk Partnr 7 Universty" });
    const data = await loadDirectory(misspelt);
    expect(data.page.total).toBeGreaterThan(0);
    // The layout's institution (with its office contacts), shared by the whole request.
    expect(await countQueries(() => getInstitution())).toBeLessThanOrEqual(2);
  });

  it("loads a partner page (with contacts and cooperation by kind) in at most three queries", async () => {
    let data: Awaited<ReturnType<typeof getPublicPartner>> = null;
    const queries = await countQueries(async () => {
      data = await getPublicPartner("bulk-1");
    });
    expect(data).not.toBeNull();
    expect(queries).toBeLessThanOrEqual(3);
  });
});
