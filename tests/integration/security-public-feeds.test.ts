import { beforeAll, describe, expect, it } from "vitest";
import { GET as centersFeed, OPTIONS as centersPreflight } from "@/app/api/public/centers/route";
import { GET as icsFeed, OPTIONS as icsPreflight } from "@/app/api/public/opportunities.ics/route";
import { GET as opportunitiesFeed, OPTIONS as opportunitiesPreflight } from "@/app/api/public/opportunities/route";
import { GET as partnersFeed, OPTIONS as partnersPreflight } from "@/app/api/public/partners/route";
import { createOpportunity, createProgram } from "@/tests/helpers/opportunity-factories";
import { createCenter, createPartner } from "@/tests/helpers/partner-factories";

/**
 * Issue 15, findings 9 and 5: `/api/public/opportunities` answered `{ items, total, page, pageSize }`
 * without CORS and ignored `pageSize`, unlike the partner and center feeds. Every feed now has one
 * shape (`{ data, page, pageSize, total, totalPages, links: { self, next, prev } }`), honours
 * `pageSize` up to 100, is open to any origin with the same cache headers, and answers an
 * over-long search with 400 and a message instead of silently the whole list.
 */

const BASE = "http://localhost:3000";

type Feed = (request: Request, context: unknown) => Promise<Response>;

interface FeedCase {
  name: string;
  path: string;
  get: Feed;
  preflight: () => Response;
  /** Keys of one item of `data`. */
  itemKeys: string[];
}

const FEEDS: FeedCase[] = [
  {
    name: "partners",
    path: "/api/public/partners",
    get: partnersFeed,
    preflight: partnersPreflight,
    itemKeys: ["areas", "city", "country", "description", "kind", "name", "slug", "url", "website"],
  },
  {
    name: "centers",
    path: "/api/public/centers",
    get: centersFeed,
    preflight: centersPreflight,
    itemKeys: ["description", "email", "location", "name", "openingHours", "organization", "phone", "pictureUrl", "slug", "updatedAt", "url", "website"],
  },
  {
    name: "opportunities",
    path: "/api/public/opportunities",
    get: opportunitiesFeed,
    preflight: opportunitiesPreflight,
    itemKeys: [
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
    ],
  },
];

interface FeedBody {
  data: Record<string, unknown>[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
  links: { self: string; next: string | null; prev: string | null };
}

function get(feed: FeedCase, query: string): Promise<Response> {
  return feed.get(new Request(`${BASE}${feed.path}${query}`, { headers: { origin: "https://faculty-site.example" } }), undefined);
}

const FEED_CACHE = "public, max-age=300, s-maxage=300, stale-while-revalidate=600";

beforeAll(async () => {
  const programId = (await createProgram()).id;
  for (const n of [1, 2, 3]) {
    const partner = await createPartner({ name: `Feed University ${n}` });
    await createCenter({ name: `Feed Center ${n}` });
    await createOpportunity({ programId, partnerId: partner.id, title: `Feed exchange ${n}` });
  }
});

describe.each(FEEDS.map((feed) => [feed.name, feed] as const))("the %s feed", (_name, feed) => {
  it("answers the one feed shape, open to any origin, with the feed cache headers", async () => {
    const response = await get(feed, "");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe(FEED_CACHE);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as FeedBody;
    expect(Object.keys(body).sort()).toEqual(["data", "links", "page", "pageSize", "total", "totalPages"]);
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: 3, totalPages: 1, links: { next: null, prev: null } });
    expect(Object.keys(body.data[0]!).sort()).toEqual(feed.itemKeys.sort());
  });

  it("honours pageSize (up to 100) and links the neighbouring pages, keeping the other parameters", async () => {
    const first = (await (await get(feed, "?pageSize=1&q=Feed")).json()) as FeedBody;
    expect(first).toMatchObject({ page: 1, pageSize: 1, total: 3, totalPages: 3, links: { prev: null } });
    expect(first.data).toHaveLength(1);
    const next = new URL(first.links.next!);
    expect(Object.fromEntries(next.searchParams)).toEqual({ pageSize: "1", q: "Feed", page: "2" });

    const second = (await (await feed.get(new Request(first.links.next!), undefined)).json()) as FeedBody;
    expect(second).toMatchObject({ page: 2, pageSize: 1 });
    expect(second.data[0]).not.toEqual(first.data[0]);
    expect(new URL(second.links.prev!).searchParams.get("page")).toBe("1");
    expect(new URL(second.links.self).searchParams.get("page")).toBe("2");

    expect(((await (await get(feed, "?pageSize=100")).json()) as FeedBody).pageSize).toBe(100);
    expect(((await (await get(feed, "?pageSize=101")).json()) as FeedBody).pageSize).toBe(50);
  });

  it("answers a search over 200 characters with 400 and a message, readable cross-origin", async () => {
    const response = await get(feed, `?q=${"a".repeat(201)}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "BAD_REQUEST", message: "importExport.feed.searchTooLong" });
  });

  it("answers a CORS preflight", () => {
    const preflight = feed.preflight();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });
});

describe("the opportunities feed", () => {
  it("refuses a search the catalogue would drop rather than answering the whole list", async () => {
    const response = await get(FEEDS[2]!, `?q=${"tartu ".repeat(30)}`);
    expect(response.status).toBe(400);
  });

  it("gives each call its program, its public partner and its public page", async () => {
    const body = (await (await get(FEEDS[2]!, "")).json()) as FeedBody;
    expect(body.data.find((item) => item.title === "Feed exchange 2")).toMatchObject({
      title: "Feed exchange 2",
      program: { code: expect.any(String), name: expect.any(String) },
      partner: { name: "Feed University 2", country: { code: "DE", name: "Germany" }, url: expect.stringMatching(/\/partners\/partner-/) },
      url: expect.stringMatching(/\/opportunities\/[0-9a-f-]{36}$/),
    });
  });
});

describe("the deadlines calendar", () => {
  it("has the feed headers, a preflight, and the same answer to an over-long search", async () => {
    const response = await icsFeed(new Request(`${BASE}/api/public/opportunities.ics`), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe(FEED_CACHE);
    expect(icsPreflight().status).toBe(204);
    const refused = await icsFeed(new Request(`${BASE}/api/public/opportunities.ics?q=${"a".repeat(201)}`), undefined);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: "importExport.feed.searchTooLong" });
  });
});
