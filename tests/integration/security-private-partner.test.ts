import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as icsFeed } from "@/app/api/public/opportunities.ics/route";
import { GET as jsonFeed } from "@/app/api/public/opportunities/route";
import { db } from "@/lib/db/client";
import { createOpportunityAction, publishOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { getCatalogueFilterOptions, getPublicOpportunity, listPublicOpportunities } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { actAs } from "@/tests/helpers/act-as";
import { createOpportunity, createPartner, createProgram, createUser, opportunityInput } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 15, finding 6: a published call whose partner is not public showed that partner's name,
 * country and city in the public catalogue and feeds. The rule: a published call may name only a
 * public, non-archived partner. Publishing (and saving a published call) refuses any other with a
 * field error on `partnerId`; and the public reads show no partner that is not public (anymore),
 * because a partner can be made private or archived after its call was published.
 */

const PARTNER_NOT_PUBLIC = "opportunities.validation.partnerNotPublic";

let programId: string;

beforeAll(async () => {
  actAs(await createUser("OFFICER"));
  programId = (await createProgram()).id;
});

async function draftNaming(partnerId: string): Promise<string> {
  const created = await createOpportunityAction(opportunityInput({ programId, partnerId }) as never);
  expect(created).toMatchObject({ ok: true });
  return (created as { data: { id: string } }).data.id;
}

describe("saving: a published call names only a public partner", () => {
  it("keeps a private partner on a draft, but refuses to publish it, next to the partner field", async () => {
    const internal = await createPartner({ name: "Internal Institute", isPublic: false });
    const id = await draftNaming(internal.id);
    const refused = await publishOpportunityAction({ id, version: 1 });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { partnerId: [PARTNER_NOT_PUBLIC] } });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("refuses to publish a call whose partner was archived after the draft was saved", async () => {
    const partner = await createPartner();
    const id = await draftNaming(partner.id);
    await db.partner.update({ where: { id: partner.id }, data: { archivedAt: new Date() } });
    expect(await publishOpportunityAction({ id, version: 1 })).toMatchObject({ ok: false, fieldErrors: { partnerId: [PARTNER_NOT_PUBLIC] } });
  });

  it("publishes with a public partner or none", async () => {
    const withPartner = await draftNaming((await createPartner()).id);
    expect(await publishOpportunityAction({ id: withPartner, version: 1 })).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    const created = await createOpportunityAction(opportunityInput({ programId }) as never);
    const withoutPartner = (created as { data: { id: string } }).data.id;
    expect(await publishOpportunityAction({ id: withoutPartner, version: 1 })).toMatchObject({ ok: true });
  });

  it("refuses to save a published call with a private partner, and changes nothing", async () => {
    const id = await draftNaming((await createPartner()).id);
    expect(await publishOpportunityAction({ id, version: 1 })).toMatchObject({ ok: true });
    const internal = await createPartner({ isPublic: false });
    const before = await db.opportunity.findUniqueOrThrow({ where: { id } });
    const saved = await updateOpportunityAction({ ...opportunityInput({ programId, partnerId: internal.id }), id, version: before.version } as never);
    expect(saved).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { partnerId: [PARTNER_NOT_PUBLIC] } });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });
});

describe("reading: a partner made private after publishing is not shown in public", () => {
  const NAME = "Quietly Private University";
  let hidden: string;
  let shown: string;

  beforeAll(async () => {
    const partner = await createPartner({ name: NAME, countryCode: "IS", city: "Reykjavik" });
    hidden = (await createOpportunity({ programId, partnerId: partner.id, title: "Research stay in the north" })).id;
    shown = (await createOpportunity({ programId, partnerId: (await createPartner({ name: "Open Partner University", countryCode: "NO" })).id })).id;
    // Made private (or archived) after the call was published.
    await db.partner.update({ where: { id: partner.id }, data: { isPublic: false } });
  });

  it("catalogue page query and detail: the call is listed without its partner", async () => {
    const page = await listPublicOpportunities(parseCatalogueFilter({}));
    const byId = new Map(page.items.map((item) => [item.id, item]));
    expect(byId.get(hidden)?.partner).toBeNull();
    expect(byId.get(shown)?.partner).toMatchObject({ name: "Open Partner University", countryCode: "NO" });
    expect(JSON.stringify(page)).not.toContain(NAME);
    expect((await getPublicOpportunity(hidden))?.partner).toBeNull();
    expect(JSON.stringify(await getPublicOpportunity(hidden))).not.toMatch(/Quietly|Reykjavik/);
  });

  it("neither the partner's name nor its country finds the call, nor is the country offered", async () => {
    const ids = async (params: Record<string, string>) => (await listPublicOpportunities(parseCatalogueFilter(params))).items.map((item) => item.id);
    expect(await ids({ q: "Quietly Private" })).not.toContain(hidden);
    expect(await ids({ q: "Quietly Private", sort: "relevance" })).not.toContain(hidden);
    expect(await ids({ country: "IS" })).toEqual([]);
    expect(await ids({ q: "Research stay" })).toContain(hidden);
    expect((await getCatalogueFilterOptions()).countryCodes).not.toContain("IS");
  });

  it("JSON feed: the call has no partner; the partner's name, city and country appear nowhere", async () => {
    const response = await jsonFeed(new Request("http://localhost:3000/api/public/opportunities?pageSize=100"), undefined);
    const text = await response.text();
    expect(text).not.toMatch(/Quietly|Reykjavik|"IS"/);
    const body = JSON.parse(text) as { data: { id: string; partner: unknown }[] };
    expect(body.data.find((item) => item.id === hidden)?.partner).toBeNull();
    expect(body.data.find((item) => item.id === shown)?.partner).toMatchObject({ name: "Open Partner University", country: { code: "NO" } });
  });

  it("iCalendar feed: the deadline is there, the partner is not", async () => {
    const text = await (await icsFeed(new Request("http://localhost:3000/api/public/opportunities.ics?lang=en"), undefined)).text();
    expect(text).toContain(`opportunity-${hidden}@`);
    expect(text).not.toContain("Quietly");
    expect(text).toContain("Open Partner University");
  });

  it("an archived partner is hidden the same way", async () => {
    const partner = await createPartner({ name: "Archived Alma Mater" });
    const id = (await createOpportunity({ programId, partnerId: partner.id })).id;
    await db.partner.update({ where: { id: partner.id }, data: { archivedAt: new Date() } });
    expect((await getPublicOpportunity(id))?.partner).toBeNull();
    const text = await (await jsonFeed(new Request("http://localhost:3000/api/public/opportunities?pageSize=100"), undefined)).text();
    expect(text).not.toContain("Archived Alma Mater");
  });
});
