import { beforeAll, describe, expect, it } from "vitest";
import { listPublicOpportunities } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { createOpportunity, createPartner, createProgram } from "../helpers/opportunity-factories";

/**
 * The catalogue promises that "small typing mistakes are fine". A first-time user typed "Princton"
 * and found nothing: one missing letter puts the name below pg_trgm's default threshold. Partners
 * here are real names from the demo, among many "University of …" look-alikes, so a search that
 * tolerates mistakes must still not return every university.
 */

const ids: Record<string, string> = {};

beforeAll(async () => {
  const program = await createProgram({ name: "Exchange program" });
  const partners = {
    princeton: await createPartner({ name: "Princeton University", countryCode: "US", city: "Princeton" }),
    oslo: await createPartner({ name: "University of Oslo", countryCode: "NO", city: "Oslo" }),
    bergen: await createPartner({ name: "University of Bergen", countryCode: "NO", city: "Bergen" }),
    warsaw: await createPartner({ name: "University of Warsaw", countryCode: "PL", city: "Warsaw" }),
    glasgow: await createPartner({ name: "University of Glasgow", countryCode: "GB", city: "Glasgow" }),
    columbia: await createPartner({ name: "Columbia University", countryCode: "US", city: "New York" }),
  };
  const titles: Record<keyof typeof partners, string> = {
    princeton: "Spring semester exchange at Princeton University",
    oslo: "Fall semester exchange at University of Oslo",
    bergen: "Summer school in marine biology",
    warsaw: "Fall semester exchange at University of Warsaw",
    glasgow: "Research stay in Glasgow",
    columbia: "Graduate exchange in New York",
  };
  for (const [key, partner] of Object.entries(partners) as [keyof typeof partners, { id: string }][]) {
    ids[key] = (await createOpportunity({ title: titles[key], programId: program.id, partnerId: partner.id })).id;
  }
});

async function search(q: string): Promise<string[]> {
  const page = await listPublicOpportunities(parseCatalogueFilter({ q }));
  return page.items.map((item) => item.id);
}

function named(found: string[]): string[] {
  return Object.entries(ids)
    .filter(([, id]) => found.includes(id))
    .map(([key]) => key)
    .sort();
}

describe("catalogue search with typing mistakes", () => {
  it.each([
    ["Princton", ["princeton"]],
    ["princton university", ["princeton"]],
    ["Prnceton", ["princeton"]],
    ["Princetn", ["princeton"]],
    ["Colmbia", ["columbia"]],
    ["Warsw", ["warsaw"]],
    ["Univrsity of Oslo", ["oslo"]],
    ["Glasgw", ["glasgow"]],
  ])("%s finds the partner's call and no other", async (q, expected) => {
    expect(named(await search(q))).toEqual(expected);
  });

  it("a misspelled word of a title finds the call", async () => {
    expect(named(await search("marin biolgy"))).toEqual(["bergen"]);
  });

  it("a misspelled name among many look-alikes does not match them all", async () => {
    expect(named(await search("Universty of Oslo"))).toEqual(["oslo"]);
  });

  it.each(["Norway", "Norwy", "Norwey", "Norveç", "Норвегия"])("the country %s, in any language and misspelled, finds the calls hosted there", async (q) => {
    expect(named(await search(q))).toEqual(["bergen", "oslo"]);
  });

  it("unrelated text still finds nothing", async () => {
    expect(await search("zzqxj")).toEqual([]);
    expect(await search("Prxqzton")).toEqual([]);
  });
});
