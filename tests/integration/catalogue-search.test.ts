import { beforeAll, describe, expect, it } from "vitest";
import { GET as getIcs } from "@/app/api/public/opportunities.ics/route";
import { GET as getJson } from "@/app/api/public/opportunities/route";
import { getCatalogueFilterOptions, getPublicOpportunity, listPublicOpportunities } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { createOpportunity, createPartner, createProgram, createUnit, daysFromNow } from "../helpers/opportunity-factories";

/**
 * The public catalogue against a real PostgreSQL: every filter narrows, text search finds partial
 * words and misspelled names through the GIN indexes, and nothing unpublished ever leaks.
 */

const ids: Record<string, string> = {};
let internalUnitId: string;

beforeAll(async () => {
  internalUnitId = (await createUnit()).id;
  const erasmus = await createProgram({ code: "TEST_ERASMUS", name: "Erasmus test program" });
  const daad = await createProgram({ code: "TEST_DAAD", name: "DAAD test program" });
  const tartu = await createPartner({ name: "University of Tartu", countryCode: "EE", city: "Tartu", slug: "university-of-tartu" });
  const heidelberg = await createPartner({ name: "Heidelberg University", countryCode: "DE", city: "Heidelberg" });
  const ankara = await createPartner({ name: "Ankara University", countryCode: "TR", city: "Ankara", isPublic: false, slug: "ankara-internal" });

  ids.tartu = (
    await createOpportunity({
      title: "Spring semester exchange in Estonia",
      description: "Computer science courses taught in English.",
      programId: erasmus.id,
      partnerId: tartu.id,
      unitId: internalUnitId,
      audience: ["BACHELOR"],
      subjectAreas: ["0231"],
      languageLevel: "B2",
      opensAt: daysFromNow(-5),
      closesAt: daysFromNow(10),
    })
  ).id;
  ids.heidelberg = (
    await createOpportunity({
      title: "Economics summer school",
      description: "Intensive courses in applied economics.",
      programId: daad.id,
      partnerId: heidelberg.id,
      audience: ["MASTER"],
      subjectAreas: ["0311"],
      languageLevel: "C1",
      opensAt: daysFromNow(5),
      closesAt: daysFromNow(40),
    })
  ).id;
  ids.ankara = (
    await createOpportunity({
      title: "Doctoral and staff research visit",
      description: "Short research stays.",
      programId: erasmus.id,
      partnerId: ankara.id,
      audience: ["DOCTORAL", "STAFF"],
      subjectAreas: [],
      languageLevel: null,
      opensAt: daysFromNow(-1),
      closesAt: daysFromNow(60),
    })
  ).id;
  ids.draft = (await createOpportunity({ title: "Hidden draft at Tartu", programId: erasmus.id, partnerId: tartu.id, status: "DRAFT" })).id;
  ids.closed = (await createOpportunity({ title: "Closed call at Tartu", programId: erasmus.id, partnerId: tartu.id, status: "CLOSED" })).id;
  ids.expired = (
    await createOpportunity({
      title: "Expired call at Tartu",
      programId: erasmus.id,
      partnerId: tartu.id,
      opensAt: daysFromNow(-30),
      closesAt: daysFromNow(-2),
    })
  ).id;
});

async function search(params: Record<string, string>): Promise<string[]> {
  const page = await listPublicOpportunities(parseCatalogueFilter(params));
  return page.items.map((item) => item.id);
}

function day(offset: number): string {
  const date = daysFromNow(offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

describe("catalogue list", () => {
  it("lists published calls with a deadline ahead, soonest deadline first", async () => {
    expect(await search({})).toEqual([ids.tartu, ids.heidelberg, ids.ankara]);
  });

  it("never shows drafts, closed calls or calls past their deadline", async () => {
    const shown = await search({ q: "Tartu" });
    expect(shown).toEqual([ids.tartu]);
    for (const hidden of [ids.draft, ids.closed, ids.expired]) expect(shown).not.toContain(hidden);
  });

  it.each([
    [{ country: "EE" }, ["tartu"]],
    [{ country: "ee" }, ["tartu"]],
    [{ program: "TEST_DAAD" }, ["heidelberg"]],
    [{ level: "MASTER" }, ["heidelberg"]],
    [{ level: "STAFF" }, ["ankara"]],
    [{ subject: "03" }, ["heidelberg"]],
    [{ subject: "023" }, ["tartu"]],
    [{ cefr: "B2" }, ["tartu", "ankara"]],
    [{ cefr: "A2" }, ["ankara"]],
    [{ open: "1" }, ["tartu", "ankara"]],
    [{ before: day(20) }, ["tartu"]],
    [{ before: day(40) }, ["tartu", "heidelberg"]],
    [{ program: "TEST_ERASMUS", open: "1", cefr: "C2" }, ["tartu", "ankara"]],
    [{ program: "TEST_ERASMUS", level: "DOCTORAL" }, ["ankara"]],
  ])("narrows by %o", async (params, expected) => {
    expect(await search(params as Record<string, string>)).toEqual(expected.map((key) => ids[key]));
  });

  it("ignores malformed filter values instead of failing", async () => {
    expect(await search({ country: "Estonia!", level: "PROFESSOR", before: "soon", page: "-3", sort: "random" })).toEqual([
      ids.tartu,
      ids.heidelberg,
      ids.ankara,
    ]);
  });

  it("sorts by newest and pages through the results with the total", async () => {
    expect(await search({ sort: "newest" })).toEqual([ids.ankara, ids.heidelberg, ids.tartu]);
    const second = await listPublicOpportunities(parseCatalogueFilter({ page: "2" }), { pageSize: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items.map((item) => item.id)).toEqual([ids.ankara]);
    const beyond = await listPublicOpportunities(parseCatalogueFilter({ page: "9" }), { pageSize: 2 });
    expect(beyond).toMatchObject({ total: 3, items: [] });
  });

  it("offers the programs and countries of published calls as filter choices", async () => {
    const options = await getCatalogueFilterOptions();
    expect(options.programs.map((program) => program.code)).toEqual(["TEST_DAAD", "TEST_ERASMUS"]);
    // TR is only the country of the private Ankara partner, which the public never sees.
    expect(options.countryCodes.sort()).toEqual(["DE", "EE"]);
  });
});

describe("text search", () => {
  it.each([
    ["exch", "tartu"],
    ["Compu scien", "tartu"],
    ["econom", "heidelberg"],
    ["Heidelb", "heidelberg"],
  ])("finds by partial words: %s", async (q, key) => {
    expect(await search({ q })).toContain(ids[key]);
  });

  it.each([
    ["Univrsity of Tartu", "tartu"],
    ["Tartuu", "tartu"],
    ["Heidelberk Universty", "heidelberg"],
    ["Econmics sumer school", "heidelberg"],
  ])("finds misspelled partner or title names: %s", async (q, key) => {
    const found = await search({ q });
    expect(found).toContain(ids[key]);
    expect(found).not.toContain(ids.draft);
  });

  it("does not find a call by the name of a partner without a public profile", async () => {
    expect(await search({ q: "Ankara University" })).not.toContain(ids.ankara);
    expect(await search({ q: "research visit" })).toContain(ids.ankara);
  });

  it("puts the best match first when sorted by relevance", async () => {
    expect((await search({ q: "Heidelberg University", sort: "relevance" }))[0]).toBe(ids.heidelberg);
  });

  it("finds nothing for unrelated text, and survives query syntax characters", async () => {
    expect(await search({ q: "zzqxj" })).toEqual([]);
    expect(await search({ q: "tartu & | ! ( ) :*" })).toContain(ids.tartu);
  });
});

describe("detail", () => {
  it("returns a published call with its public fields and documents", async () => {
    const detail = await getPublicOpportunity(ids.tartu!);
    expect(detail).toMatchObject({
      id: ids.tartu,
      // Written in the default language only, so every reader gets it marked as English.
      title: { text: "Spring semester exchange in Estonia", lang: "en" },
      partner: { name: "University of Tartu", countryCode: "EE", slug: "university-of-tartu" },
      program: { code: "TEST_ERASMUS" },
      selectionCriteria: [
        { label: "GPA", weight: 60 },
        { label: "Motivation", weight: 40 },
      ],
    });
    expect(detail?.requiredDocuments.map((doc) => [doc.name, doc.isMandatory])).toEqual([
      ["Transcript of records", true],
      ["Language certificate", false],
    ]);
    expect(Object.keys(detail!)).not.toEqual(expect.arrayContaining(["unitId"]));
    for (const key of ["unitId", "agreementId", "status", "version", "unit", "agreement"]) expect(detail).not.toHaveProperty(key);
  });

  it("does not name a partner without a public profile", async () => {
    expect((await getPublicOpportunity(ids.ankara!))?.partner).toBeNull();
  });

  it("hides drafts and closed calls and tolerates malformed ids", async () => {
    expect(await getPublicOpportunity(ids.draft!)).toBeNull();
    expect(await getPublicOpportunity(ids.closed!)).toBeNull();
    expect(await getPublicOpportunity("not-a-uuid")).toBeNull();
  });
});

describe("public endpoints", () => {
  it("JSON lists only published calls with public fields, honouring the page's filters", async () => {
    const response = await getJson(new Request("http://localhost/api/public/opportunities?country=EE"), undefined);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Record<string, unknown>[]; total: number };
    expect(body.total).toBe(1);
    expect(body.data.map((item) => item.id)).toEqual([ids.tartu]);
    expect(Object.keys(body.data[0]!).sort()).toEqual(
      [
        "academicPeriod",
        "academicYear",
        "audience",
        "closesAt",
        "direction",
        "durationMonths",
        "id",
        "language",
        "languageLevel",
        "opensAt",
        "partner",
        "places",
        "program",
        "subjectAreas",
        "title",
        "url",
      ].sort(),
    );
    expect(JSON.stringify(body)).not.toContain(internalUnitId);
    const all = (await (await getJson(new Request("http://localhost/api/public/opportunities"), undefined)).json()) as { data: { id: string }[] };
    expect(all.data.map((item) => item.id).sort()).toEqual([ids.tartu, ids.heidelberg, ids.ankara].sort());
  });

  it("iCalendar feed has one event per published deadline and nothing else", async () => {
    const response = await getIcs(new Request("http://localhost/api/public/opportunities.ics?lang=en"), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const body = await response.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    for (const key of ["tartu", "heidelberg", "ankara", "expired"]) expect(body).toContain(`UID:opportunity-${ids[key]}@`);
    expect(body).toContain("Application deadline: Spring semester exchange in Estonia");
    expect(body).not.toContain("Hidden draft");
    expect(body).not.toContain("Closed call");
    const filtered = await (await getIcs(new Request("http://localhost/api/public/opportunities.ics?country=DE"), undefined)).text();
    expect(filtered.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
