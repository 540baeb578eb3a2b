import type { ReactNode } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { PUBLIC_SECTIONS, type PublicSection } from "@/lib/institution/public-sections";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { createCenter, createPartner } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 14, item 2: an admin chooses which public sections visitors see. A hidden section leaves the
 * footer, the home page and the sitemap; its pages and feeds answer 404 while the pages reached from
 * personal e-mail links keep working; showing it again brings everything back.
 */

vi.mock("next-intl/server", async () => {
  const { createFormatter } = await import("next-intl");
  const messages = {
    common: (await import("@/messages/en/common.json")).default,
    home: (await import("@/messages/en/home.json")).default,
    news: (await import("@/messages/en/news.json")).default,
    events: (await import("@/messages/en/events.json")).default,
    grantCalls: (await import("@/messages/en/grantCalls.json")).default,
  };
  return {
    getLocale: async () => "en",
    getMessages: async () => messages,
    getTimeZone: async () => "Asia/Baku",
    getFormatter: async () => createFormatter({ locale: "en", timeZone: "Asia/Baku" }),
  };
});

const { updatePublicSectionsAction } = await import("@/lib/institution/settings-actions");
const { default: sitemap } = await import("@/app/sitemap");
const { SiteFooter } = await import("@/components/layout/site-footer");
const { default: HomePage } = await import("@/app/(public)/page");
const { GET: centersFeed } = await import("@/app/api/public/centers/route");
const { GET: partnersFeed } = await import("@/app/api/public/partners/route");
const { GET: opportunitiesFeed } = await import("@/app/api/public/opportunities/route");
const { GET: opportunitiesCalendar } = await import("@/app/api/public/opportunities.ics/route");
const { GET: eventsCalendar } = await import("@/app/api/events/calendar.ics/route");
const { GET: grantCallsCalendar } = await import("@/app/api/grant-calls/calendar.ics/route");
const { GET: newsFeed } = await import("@/app/(public)/news/feed.xml/route");
const { default: UnsubscribePage } = await import("@/app/(public)/grant-calls/unsubscribe/page");

type Render = () => Promise<unknown>;
const children = "section content";
const noSearch = { searchParams: Promise.resolve({}) };

/** The entry every page of a section passes: its folder's layout, or (events, grant calls) its list page. */
const SECTION_PAGES: Record<PublicSection, Render> = {
  partners: async () => (await import("@/app/(public)/partners/layout")).default({ children }),
  centers: async () => (await import("@/app/(public)/centers/layout")).default({ children }),
  projects: async () => (await import("@/app/(public)/projects/layout")).default({ children }),
  news: async () => (await import("@/app/(public)/news/layout")).default({ children }),
  opportunities: async () => (await import("@/app/(public)/opportunities/layout")).default({ children }),
  events: async () => (await import("@/app/(public)/events/page")).default(noSearch),
  "grant-calls": async () => (await import("@/app/(public)/grant-calls/page")).default(noSearch),
};

type Feed = (request: Request, context: never) => Promise<Response>;
const SECTION_FEEDS: [PublicSection, string, Feed][] = [
  ["partners", "/api/public/partners", partnersFeed as Feed],
  ["centers", "/api/public/centers", centersFeed as Feed],
  ["opportunities", "/api/public/opportunities", opportunitiesFeed as Feed],
  ["opportunities", "/api/public/opportunities.ics", opportunitiesCalendar as Feed],
  ["events", "/api/events/calendar.ics", eventsCalendar as Feed],
  ["grant-calls", "/api/grant-calls/calendar.ics", grantCallsCalendar as Feed],
  ["news", "/news/feed.xml", newsFeed as Feed],
];

const fetchFeed = (feed: Feed, path: string) => feed(new Request(`http://localhost:3000${path}`), {} as never);

async function html(node: Promise<ReactNode> | ReactNode): Promise<string> {
  const { prelude } = await prerender(await node);
  return new Response(prelude).text();
}

async function updatedAt(): Promise<string> {
  return (await db.institution.findUniqueOrThrow({ where: { id: 1 }, select: { updatedAt: true } })).updatedAt.toISOString();
}

async function show(sections: readonly PublicSection[]) {
  actAs(admin);
  const result = await updatePublicSectionsAction({ publicSections: [...sections], updatedAt: await updatedAt() });
  actAsVisitor();
  return result;
}

const notFound = { digest: expect.stringMatching(/404/) };
let admin: TestUser;
let officer: TestUser;
let centerSlug: string;

beforeAll(async () => {
  await ensureInstitution();
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
  centerSlug = (await createCenter({ name: "Azerbaijani Cultural Center" })).slug;
  await createPartner({ isPublic: true });
});

beforeEach(() => actAsVisitor());

describe("hiding a public section", () => {
  it("takes /centers and /api/public/centers to 404 and out of the sitemap, footer and home page; showing it brings them back", async () => {
    expect(await show(PUBLIC_SECTIONS.filter((section) => section !== "centers"))).toMatchObject({ ok: true });
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).publicSections).not.toContain("centers");

    await expect(SECTION_PAGES.centers()).rejects.toMatchObject(notFound);
    expect((await fetchFeed(centersFeed as Feed, "/api/public/centers")).status).toBe(404);
    const urls = (await sitemap()).map((entry) => new URL(entry.url).pathname);
    expect(urls).not.toContain("/centers");
    expect(urls).not.toContain(`/centers/${centerSlug}`);
    expect(urls).toContain("/partners");
    expect(await html(SiteFooter())).not.toContain('href="/centers"');
    expect(await html(HomePage())).not.toContain('href="/centers"');
    // The other sections are untouched.
    await expect(SECTION_PAGES.partners()).resolves.toBe(children);
    expect((await fetchFeed(partnersFeed as Feed, "/api/public/partners")).status).toBe(200);

    expect(await show(PUBLIC_SECTIONS)).toMatchObject({ ok: true });
    // Every section ticked is stored as "all", so a section added later shows too.
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).publicSections).toEqual([]);
    await expect(SECTION_PAGES.centers()).resolves.toBe(children);
    const feed = await fetchFeed(centersFeed as Feed, "/api/public/centers");
    expect(feed.status).toBe(200);
    expect(((await feed.json()) as { data: { slug: string }[] }).data.map((center) => center.slug)).toContain(centerSlug);
    expect((await sitemap()).map((entry) => new URL(entry.url).pathname)).toEqual(expect.arrayContaining(["/centers", `/centers/${centerSlug}`]));
    expect(await html(SiteFooter())).toContain('href="/centers"');
    expect(await html(HomePage())).toContain('href="/centers"');
  });

  it("answers 404 on every hidden section's pages and feeds, keeps the personal e-mail links and the staff calendar working", async () => {
    expect(await show(["partners"])).toMatchObject({ ok: true });
    for (const section of PUBLIC_SECTIONS.filter((name) => name !== "partners")) {
      await expect(SECTION_PAGES[section](), section).rejects.toMatchObject(notFound);
    }
    for (const [section, path, feed] of SECTION_FEEDS) {
      expect((await fetchFeed(feed, path)).status, path).toBe(section === "partners" ? 200 : 404);
    }
    const footer = await html(SiteFooter());
    for (const path of ["/centers", "/projects", "/events", "/news", "/opportunities", "/grant-calls"]) expect(footer).not.toContain(`href="${path}"`);
    expect(footer).toContain('href="/partners"');

    // The digest's unsubscribe link still opens; staff still get their grant-call calendar.
    expect(await html(UnsubscribePage(noSearch))).toContain("<h1");
    actAs(officer);
    expect((await fetchFeed(grantCallsCalendar as Feed, "/api/grant-calls/calendar.ics")).status).toBe(200);
    actAsVisitor();

    expect(await show(["news"])).toMatchObject({ ok: true });
    await expect(SECTION_PAGES.partners()).rejects.toMatchObject(notFound);
    await expect(SECTION_PAGES.news()).resolves.toBe(children);
    expect(await show(PUBLIC_SECTIONS)).toMatchObject({ ok: true });
  });
});

describe("the public sections setting", () => {
  it("needs at least one known section, refuses a stale save, and is for admins only", async () => {
    const before = await countAllRows();
    const { publicSections } = await db.institution.findUniqueOrThrow({ where: { id: 1 } });
    actAs(admin);
    expect(await updatePublicSectionsAction({ publicSections: [], updatedAt: await updatedAt() })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { publicSections: ["admin.settings.validation.sectionsNone"] },
    });
    expect(await updatePublicSectionsAction({ publicSections: ["library"] as never, updatedAt: await updatedAt() })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await updatePublicSectionsAction({ publicSections: ["news"], updatedAt: new Date(0).toISOString() })).toMatchObject({ ok: false, code: "CONFLICT" });
    for (const [who, code] of [[officer, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      actAs(who);
      expect(await updatePublicSectionsAction({ publicSections: ["news"], updatedAt: await updatedAt() })).toMatchObject({ ok: false, code });
    }
    expect(await countAllRows()).toEqual(before);
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).publicSections).toEqual(publicSections);
  });
});
