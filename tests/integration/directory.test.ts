import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PartnerCard } from "@/app/(public)/partners/_components/partner-card";
import { GET as centersFeed, OPTIONS as centersPreflight } from "@/app/api/public/centers/route";
import { GET as partnersFeed } from "@/app/api/public/partners/route";
import { countPublicPartnersByCountry, getPublicPartner, listPublicPartners } from "@/lib/partners/public-queries";
import { publicPartnerFilterSchema } from "@/lib/partners/schemas";
import { localize } from "@/lib/translations/content";
import { createAgreementWith, createCenter, createContact, createPartner } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

const SECRET_NOTE = "Internal: rector is difficult, keep quiet about budget";
const SECRET_EMAIL = "hidden.coordinator@secret.example.org";

let shown: Awaited<ReturnType<typeof createPartner>>;

beforeAll(async () => {
  shown = await createPartner({
    name: "Sapporo Northern University",
    slug: "sapporo-northern-university",
    countryCode: "JP",
    city: "Sapporo",
    kind: "UNIVERSITY",
    areas: ["student-exchange", "summer-school"],
    description: "Exchange of students in engineering and a joint winter school.",
    website: "https://www.sapporo.example.jp",
    internalNotes: SECRET_NOTE,
    pic: "987654321",
  });
  await createContact(shown.id, { name: "Public Desk", email: "desk@sapporo.example.jp", isPublic: true });
  await createContact(shown.id, { name: "Hidden Coordinator", email: SECRET_EMAIL, isPublic: false });
  await createAgreementWith([shown.id], { kind: "ERASMUS_KA171", status: "ACTIVE" });
  await createAgreementWith([shown.id], { kind: "ERASMUS_KA171", status: "ACTIVE", endsOn: new Date("2099-01-01") });
  await createAgreementWith([shown.id], { kind: "MEMORANDUM_OF_UNDERSTANDING", status: "ACTIVE" });
  await createAgreementWith([shown.id], { kind: "DOUBLE_DEGREE", status: "DRAFT", internalNotes: SECRET_NOTE });
  await createAgreementWith([shown.id], { kind: "RESEARCH_COOPERATION", status: "ACTIVE", endsOn: new Date("2001-01-01") });
  await createPartner({ name: "Kyoto Eastern Institute", countryCode: "JP", kind: "RESEARCH_INSTITUTE", areas: ["joint-research"] });
  await createPartner({ name: "Osaka Internal Company", countryCode: "JP", kind: "COMPANY", isPublic: false });
  await createPartner({ name: "Nagoya Archived University", countryCode: "JP", archivedAt: new Date() });
  await createPartner({ name: "Lima Andean University", countryCode: "PE", areas: ["student-exchange"] });
  await createPartner({ name: "Toronto Lakeside College", countryCode: "CA", kind: "UNIVERSITY" });
  for (let i = 0; i < 30; i++) await createPartner({ name: `Berlin Filler ${String(i).padStart(2, "0")}`, countryCode: "DE" });
});

const filter = (params: Record<string, string>) => publicPartnerFilterSchema.parse(params);
const names = async (params: Record<string, string>) => (await listPublicPartners(filter(params))).rows.map((row) => row.name);

describe("public partner directory", () => {
  it("shows only public, current partners, with filters from the URL", async () => {
    expect(await names({ country: "JP" })).toEqual(["Kyoto Eastern Institute", "Sapporo Northern University"]);
    expect(await names({ region: "LATIN_AMERICA" })).toEqual(["Lima Andean University"]);
    expect(await names({ region: "EAST_ASIA", kind: "RESEARCH_INSTITUTE" })).toEqual(["Kyoto Eastern Institute"]);
    expect(await names({ area: "student-exchange" })).toEqual(["Lima Andean University", "Sapporo Northern University"]);
    expect(await names({ q: "Osaka" })).toEqual([]);
    expect(await names({ q: "Nagoya" })).toEqual([]);
  });

  it("finds partners by words of the name, city or description, and by a misspelt name", async () => {
    expect(await names({ q: "winter school" })).toEqual(["Sapporo Northern University"]);
    expect(await names({ q: "sappo" })).toEqual(["Sapporo Northern University"]);
    expect(await names({ q: "Torronto Lakesid" })).toEqual(["Toronto Lakeside College"]);
  });

  it("pages the results and counts them in the same query", async () => {
    const first = await listPublicPartners(filter({}));
    expect(first.total).toBe(34);
    expect(first.rows).toHaveLength(18);
    const second = await listPublicPartners(filter({ page: "2" }));
    expect(second.rows).toHaveLength(16);
    expect(second.rows.at(-1)!.name).toBe("Toronto Lakeside College");
  });

  it("counts partners per country for the map, ignoring the chosen country but keeping the other filters", async () => {
    const counts = await countPublicPartnersByCountry(filter({ country: "JP" }));
    expect(Object.fromEntries(counts)).toEqual({ JP: 2, PE: 1, CA: 1, DE: 30 });
    const students = await countPublicPartnersByCountry(filter({ area: "student-exchange", country: "PE" }));
    expect(Object.fromEntries(students)).toEqual({ JP: 1, PE: 1 });
  });

  it("returns a partner page with public contacts and active cooperation counts only", async () => {
    const data = await getPublicPartner("sapporo-northern-university");
    expect(data).not.toBeNull();
    expect(data!.cooperation).toEqual([
      { kind: "MEMORANDUM_OF_UNDERSTANDING", count: 1 },
      { kind: "ERASMUS_KA171", count: 2 },
    ]);
    expect(data!.partner.contacts.map((contact) => contact.name)).toEqual(["Public Desk"]);
    const serialized = JSON.stringify(data);
    expect(serialized).not.toContain(SECRET_NOTE);
    expect(serialized).not.toContain(SECRET_EMAIL);
    expect(serialized).not.toContain("987654321");
    expect(serialized).not.toContain(shown.id);
    expect(Object.keys(data!.partner).sort()).toEqual(["areas", "city", "contacts", "countryCode", "description", "kind", "name", "slug", "translations", "website"]);
  });

  it("has no page for internal or archived partners", async () => {
    const internal = await createPartner({ isPublic: false });
    const archived = await createPartner({ archivedAt: new Date() });
    expect(await getPublicPartner(internal.slug)).toBeNull();
    expect(await getPublicPartner(archived.slug)).toBeNull();
    expect(await getPublicPartner("no-such-partner")).toBeNull();
  });
});

describe("public data feed", () => {
  it("serves public partners as paged JSON with CORS and cache headers, without internal fields", async () => {
    const response = await partnersFeed(new Request("http://localhost:3000/api/public/partners?country=JP&pageSize=1"), undefined as never);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=300/);
    const text = await response.text();
    expect(text).not.toContain(SECRET_NOTE);
    expect(text).not.toContain(SECRET_EMAIL);
    expect(text).not.toContain("Osaka");
    const body = JSON.parse(text) as { data: Record<string, unknown>[]; total: number; totalPages: number; links: { next: string | null } };
    expect(body).toMatchObject({ total: 2, totalPages: 2, page: 1, pageSize: 1 });
    expect(body.data[0]).toMatchObject({ name: "Kyoto Eastern Institute", country: { code: "JP", name: "Japan" }, url: expect.stringMatching(/\/partners\/partner-/) });
    expect(Object.keys(body.data[0]!).sort()).toEqual(["areas", "city", "country", "description", "kind", "name", "slug", "url", "website"]);
    expect(body.links.next).toContain("page=2");
  });

  it("caps the page size and tolerates bad parameters", async () => {
    const response = await partnersFeed(new Request("http://localhost:3000/api/public/partners?pageSize=5000&page=abc&kind=NOPE"), undefined as never);
    const body = (await response.json()) as { data: unknown[]; pageSize: number; page: number; total: number };
    expect(body).toMatchObject({ pageSize: 50, page: 1, total: 34 });
    expect(body.data).toHaveLength(34);
  });

  it("serves published centers only, and answers CORS preflights", async () => {
    await createCenter({ name: "Published Reading Hall", email: "hall@example.org" });
    await createCenter({ name: "Hidden Lab", isPublic: false });
    const response = await centersFeed(new Request("http://localhost:3000/api/public/centers"), undefined as never);
    const body = (await response.json()) as { data: { name: string }[] };
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(body.data.map((center) => center.name)).toEqual(["Published Reading Hall"]);
    const preflight = centersPreflight();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });
});

describe("content in three languages", () => {
  const BERGEN = {
    en: "Marine research and student exchange.",
    az: "Dəniz tədqiqatları və tələbə mübadiləsi.",
    ru: "Морские исследования и студенческий обмен.",
  };
  const OSLO = "Polar science and summer courses.";

  beforeAll(async () => {
    // The demo's default language is English: the plain column holds English, `translations` the others.
    await createPartner({
      name: "Bergen Fjord University",
      slug: "bergen-fjord-university",
      countryCode: "NO",
      city: "Bergen",
      description: BERGEN.en,
      translations: { az: { description: BERGEN.az }, ru: { description: BERGEN.ru } },
    });
    await createPartner({ name: "Oslo Polar Institute", slug: "oslo-polar-institute", countryCode: "NO", kind: "RESEARCH_INSTITUTE", description: OSLO });
    await createPartner({ name: "Stockholm Hidden College", countryCode: "SE", isPublic: false, translations: { ru: { description: "Морские исследования" } } });
  });

  it("finds a partner by words of its description in Azerbaijani and in Russian, public partners only", async () => {
    expect(await names({ q: "tədqiqatları" })).toEqual(["Bergen Fjord University"]);
    expect(await names({ q: "Dəniz mübadil" })).toEqual(["Bergen Fjord University"]);
    expect(await names({ q: "Морские исследования" })).toEqual(["Bergen Fjord University"]);
    expect(await names({ q: "студенческий" })).toEqual(["Bergen Fjord University"]);
  });

  it("finds the partners of a country named in English, Azerbaijani or Russian, and counts them on the map", async () => {
    for (const q of ["Norway", "Norveç", "norvec", "Норвегия", "норвегия"]) {
      expect(await names({ q }), q).toEqual(["Bergen Fjord University", "Oslo Polar Institute"]);
    }
    // A word that is no country's name still searches the texts only.
    expect(await names({ q: "Norwegian" })).toEqual([]);
    expect(Object.fromEntries(await countPublicPartnersByCountry(filter({ q: "Норвегия" })))).toEqual({ NO: 2 });
  });

  it("shows the description in the reader's language, or the default language's marked with lang", async () => {
    const rows = (await listPublicPartners(filter({ country: "NO" }))).rows;
    const card = (name: string, locale: "en" | "az" | "ru") => {
      const row = rows.find((partner) => partner.name === name)!;
      const { excerpt } = localize({ excerpt: row.excerpt, translations: row.excerptTranslations }, ["excerpt"], locale, "en");
      return renderToStaticMarkup(
        createElement(PartnerCard, { partner: row, excerpt, locale, country: "—", kindLabel: "—", areaLabels: [], areasHeading: "—" }),
      );
    };
    expect(card("Bergen Fjord University", "az")).toContain(`<p class="text-sm">${BERGEN.az}</p>`);
    expect(card("Bergen Fjord University", "ru")).toContain(`<p class="text-sm">${BERGEN.ru}</p>`);
    expect(card("Oslo Polar Institute", "ru")).toContain(`<p lang="en" class="text-sm">${OSLO}</p>`);
    expect(card("Oslo Polar Institute", "en")).toContain(`<p class="text-sm">${OSLO}</p>`);

    // The partner's own page reads the same texts.
    const page = await getPublicPartner("bergen-fjord-university");
    expect(localize(page!.partner, ["description"], "ru", "en").description).toEqual({ text: BERGEN.ru, lang: "ru" });
    const oslo = await getPublicPartner("oslo-polar-institute");
    expect(localize(oslo!.partner, ["description"], "az", "en").description).toEqual({ text: OSLO, lang: "en" });
  });

  it("answers the feed in the language asked for, country names included, marking a fallback", async () => {
    type Item = { name: string; description: string; descriptionLang?: string; country: { code: string; name: string }; url: string };
    const feed = async (query: string) => {
      const response = await partnersFeed(new Request(`http://localhost:3000/api/public/partners?${query}`), undefined as never);
      return ((await response.json()) as { data: Item[] }).data;
    };
    const [bergen, oslo] = await feed("country=NO&lang=az");
    expect(bergen).toMatchObject({ name: "Bergen Fjord University", description: BERGEN.az, country: { code: "NO", name: "Norveç" } });
    expect(bergen!.url).toMatch(/\/partners\/bergen-fjord-university\?lang=az$/);
    expect(bergen).not.toHaveProperty("descriptionLang");
    expect(oslo).toMatchObject({ description: OSLO, descriptionLang: "en", country: { name: "Norveç" } });

    expect(await feed(`q=${encodeURIComponent("Норвегия")}&lang=ru`)).toMatchObject([
      { description: BERGEN.ru, country: { name: "Норвегия" } },
      { description: OSLO, descriptionLang: "en" },
    ]);
    // Without lang (or with one the portal does not speak): the institution's default language.
    for (const query of ["country=NO", "country=NO&lang=de"]) {
      const [item] = await feed(query);
      expect(item).toMatchObject({ description: BERGEN.en, country: { name: "Norway" } });
      expect(item!.url).toMatch(/\/partners\/bergen-fjord-university$/);
    }
  });
});
