import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { db } from "@/lib/db/client";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { isPrivatePath } from "@/lib/seo/private-paths";
import { createOpportunity } from "@/tests/helpers/opportunity-factories";
import { createCenter, createPartner } from "@/tests/helpers/partner-factories";

// APP_URL as the tests run (lib/env's default).
const BASE = "http://localhost:3000";

type Entry = Awaited<ReturnType<typeof sitemap>>[number];

let entries: Entry[];
const urls = () => entries.map((entry) => entry.url);

function createProject(overrides: { isPublic: boolean }) {
  const tag = randomBytes(4).toString("hex");
  return db.project.create({
    data: {
      slug: `project-${tag}`,
      title: `Project ${tag}`,
      fundingProgram: "Erasmus+ KA2",
      coordinatorInstitution: "Test University",
      ourRole: "PARTNER",
      startDate: new Date("2025-01-01"),
      endDate: new Date("2027-12-31"),
      ...overrides,
    },
  });
}

const fixtures = {} as {
  publicPartner: { slug: string };
  privatePartner: { slug: string };
  archivedPartner: { slug: string };
  publishedCenter: { slug: string };
  hiddenCenter: { slug: string };
  publishedCall: { id: string };
  closedCall: { id: string };
  draftCall: { id: string };
  publicProject: { slug: string };
  internalProject: { slug: string };
};

beforeAll(async () => {
  fixtures.publicPartner = await createPartner({ isPublic: true });
  fixtures.privatePartner = await createPartner({ isPublic: false });
  fixtures.archivedPartner = await createPartner({ isPublic: true, archivedAt: new Date() });
  fixtures.publishedCenter = await createCenter({ isPublic: true });
  fixtures.hiddenCenter = await createCenter({ isPublic: false });
  fixtures.publishedCall = await createOpportunity({ partnerId: null });
  fixtures.closedCall = await createOpportunity({ partnerId: null, status: "CLOSED" });
  fixtures.draftCall = await createOpportunity({ partnerId: null, status: "DRAFT" });
  fixtures.publicProject = await createProject({ isPublic: true });
  fixtures.internalProject = await createProject({ isPublic: false });
  entries = await sitemap();
});

describe("sitemap.xml", () => {
  it("lists every list page in each language, with all its languages and x-default as alternates", () => {
    for (const path of ["/", "/partners", "/centers", "/opportunities", "/projects", "/events"]) {
      const languages = {
        en: `${BASE}${path}?lang=en`,
        az: `${BASE}${path}?lang=az`,
        ru: `${BASE}${path}?lang=ru`,
        "x-default": `${BASE}${path}`,
      };
      for (const locale of ["en", "az", "ru"] as const) {
        expect(entries).toContainEqual(expect.objectContaining({ url: languages[locale], alternates: { languages } }));
      }
    }
  });

  it("lists each public partner, published center, published call and public project in the three languages", () => {
    const pages = [
      `/partners/${fixtures.publicPartner.slug}`,
      `/centers/${fixtures.publishedCenter.slug}`,
      `/opportunities/${fixtures.publishedCall.id}`,
      `/projects/${fixtures.publicProject.slug}`,
    ];
    for (const page of pages) {
      const forPage = entries.filter((entry) => entry.url.startsWith(`${BASE}${page}?`));
      expect(forPage.map((entry) => entry.url).sort()).toEqual([`${BASE}${page}?lang=az`, `${BASE}${page}?lang=en`, `${BASE}${page}?lang=ru`]);
      for (const entry of forPage) {
        expect(entry.alternates?.languages).toEqual({
          en: `${BASE}${page}?lang=en`,
          az: `${BASE}${page}?lang=az`,
          ru: `${BASE}${page}?lang=ru`,
          "x-default": `${BASE}${page}`,
        });
      }
    }
    const partnerEntry = entries.find((entry) => entry.url === `${BASE}/partners/${fixtures.publicPartner.slug}?lang=az`);
    expect(partnerEntry?.lastModified).toBeInstanceOf(Date);
  });

  it("lists nothing a visitor cannot open: private or archived partners, hidden centers, drafts, closed calls, internal projects", () => {
    const hidden = [
      `/partners/${fixtures.privatePartner.slug}`,
      `/partners/${fixtures.archivedPartner.slug}`,
      `/centers/${fixtures.hiddenCenter.slug}`,
      `/opportunities/${fixtures.draftCall.id}`,
      `/opportunities/${fixtures.closedCall.id}`,
      `/projects/${fixtures.internalProject.slug}`,
    ];
    for (const page of hidden) {
      expect(urls().filter((url) => url.includes(page))).toEqual([]);
    }
    expect(urls().filter((url) => isPrivatePath(new URL(url).pathname))).toEqual([]);
  });

  it("lists each address once", () => {
    expect(new Set(urls()).size).toBe(entries.length);
  });
});

describe("robots.txt", () => {
  const rules = () => {
    const file = robots();
    return Array.isArray(file.rules) ? file.rules[0]! : file.rules;
  };

  it("opens the public site and its feeds and names the sitemap", () => {
    expect(rules().userAgent).toBe("*");
    expect(rules().allow).toEqual(expect.arrayContaining(["/", "/api/public/"]));
    expect(robots().sitemap).toBe(`${BASE}/sitemap.xml`);
  });

  it("closes the staff area, the other API routes, the student's area, application forms and every sign-in page", () => {
    expect(rules().disallow).toEqual(expect.arrayContaining(["/dashboard", "/api/", "/my", "/opportunities/*/apply", "/sign-in", "/register"]));
  });

  it("keeps every page of app/(auth) private, so a new one cannot be forgotten", () => {
    const authDir = path.join(process.cwd(), "app/(auth)");
    const pages = readdirSync(authDir).filter((name) => !name.startsWith("_") && statSync(path.join(authDir, name)).isDirectory());
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(isPrivatePath(`/${page}`), page).toBe(true);
      expect(rules().disallow, page).toContain(`/${page}`);
    }
  });
});

describe("a public page's metadata", () => {
  it("names the page in every language and makes an address with a language its own canonical", () => {
    expect(publicPageMetadata("/partners", "?lang=az&country=NO").alternates).toEqual({
      canonical: `${BASE}/partners?country=NO&lang=az`,
      languages: {
        en: `${BASE}/partners?country=NO&lang=en`,
        az: `${BASE}/partners?country=NO&lang=az`,
        ru: `${BASE}/partners?country=NO&lang=ru`,
        "x-default": `${BASE}/partners?country=NO`,
      },
    });
    expect(publicPageMetadata("/centers", "").alternates?.canonical).toBe(`${BASE}/centers`);
  });

  it("keeps the student's area and application forms out of search engines, without alternates", () => {
    for (const pathname of ["/my/applications", "/my/applications/abc", "/opportunities/abc/apply"]) {
      expect(publicPageMetadata(pathname, "")).toEqual({ robots: { index: false, follow: false } });
    }
  });
});
