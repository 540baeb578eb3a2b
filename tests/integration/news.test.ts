import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createNewsAction, setNewsPublishedAction, updateNewsAction } from "@/lib/news/actions";
import { newsFeed } from "@/lib/news/feed";
import { getPublicNews, latestPublicNews, listPublicNews } from "@/lib/news/public-queries";
import { getNews, listNews } from "@/lib/news/queries";
import { readNewsPicture, setNewsPicture } from "@/lib/news/service";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 14, item 3: news and press releases. Staff write them in three languages with a picture and
 * a publication date, publish and withdraw them (version-checked, audited); visitors read the
 * visible ones newest first, on pages and in an Atom feed per language; a published item with a
 * future date stays hidden until then.
 */

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;

beforeAll(async () => {
  await ensureInstitution();
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  student = await createUser({ role: "STUDENT" });
});

beforeEach(() => actAsVisitor());

function newsInput(title: string, overrides: Record<string, unknown> = {}) {
  return {
    title,
    summary: `${title}: the summary.`,
    body: "First paragraph.\n\nSecond paragraph.",
    publishedAt: "",
    translations: { az: { title: `${title} (az)`, summary: "", body: "" }, ru: { title: `${title} (ru)`, summary: `${title}: краткое содержание.`, body: "" } },
    ...overrides,
  };
}

/** Writes an item as the officer and returns its id and slug. */
async function write(title: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
  actAs(officer);
  const result = await createNewsAction(newsInput(title, overrides));
  if (!result.ok) throw new Error(`could not write ${title}: ${JSON.stringify(result)}`);
  return result.data;
}

async function publish(id: string): Promise<void> {
  actAs(officer);
  const { version } = await db.newsItem.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const result = await setNewsPublishedAction({ id, version, isPublished: true });
  if (!result.ok) throw new Error(`could not publish: ${JSON.stringify(result)}`);
}

describe("writing news", () => {
  it("stores a draft with its translations and a slug from the title, audited, and hidden from visitors", async () => {
    const { id, slug } = await write("Khazar signs an agreement with Sogang University");
    expect(slug).toBe("khazar-signs-an-agreement-with-sogang-university");
    expect(await db.newsItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      isPublished: false,
      publishedAt: null,
      version: 1,
      createdById: officer.id,
      translations: { az: { title: "Khazar signs an agreement with Sogang University (az)" }, ru: { title: "Khazar signs an agreement with Sogang University (ru)" } },
    });
    expect(await db.auditLog.count({ where: { entityType: "NewsItem", entityId: id, action: "news.create", actorId: officer.id } })).toBe(1);
    expect(await getPublicNews(slug)).toBeNull();
    expect((await getNews(officer, id))?.status).toBe("draft");
  });

  it("answers bad input next to the fields and stores nothing", async () => {
    actAs(officer);
    const before = await countAllRows();
    const result = await createNewsAction(newsInput("ab", { publishedAt: "2026-02-30T09:00", translations: { de: { title: "Nachricht" } } }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(result.ok === false && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["publishedAt", "title", "translations"]);
    expect(await countAllRows()).toEqual(before);
  });

  it("saves an edit at the current version and refuses a stale one, keeping the newer save", async () => {
    const { id } = await write("Delegation from Bergen");
    actAs(officer);
    expect(await updateNewsAction({ ...newsInput("Delegation from the University of Bergen"), id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateNewsAction({ ...newsInput("Lost update"), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", formError: "common.form.errors.stale" });
    expect(await db.newsItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Delegation from the University of Bergen", version: 2 });
    const actions = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["news.create", "news.update"]);
  });

  it("lets coordinators read but not write, and refuses students and visitors, changing nothing", async () => {
    const { id } = await write("Coordinators read this");
    expect((await listNews(coordinator, 1)).rows.some((row) => row.id === id)).toBe(true);
    const before = await countAllRows();
    for (const [who, code] of [[coordinator, "FORBIDDEN"], [student, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      actAs(who);
      expect(await createNewsAction(newsInput("Not allowed"))).toMatchObject({ ok: false, code });
      expect(await setNewsPublishedAction({ id, version: 1, isPublished: true })).toMatchObject({ ok: false, code });
      expect(await updateNewsAction({ ...newsInput("Not allowed"), id, version: 1 })).toMatchObject({ ok: false, code });
    }
    await expect(listNews(student, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countAllRows()).toEqual(before);
  });
});

describe("publishing news", () => {
  it("shows a published item at once when it has no date, and hides it again when withdrawn", async () => {
    const { id, slug } = await write("Erasmus+ results are in");
    await publish(id);
    const item = await db.newsItem.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ isPublished: true, version: 2 });
    expect(Math.abs(item.publishedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await getPublicNews(slug)).toMatchObject({ slug, title: "Erasmus+ results are in" });

    actAs(officer);
    expect(await setNewsPublishedAction({ id, version: 2, isPublished: false })).toMatchObject({ ok: true, data: { isPublished: false } });
    expect(await getPublicNews(slug)).toBeNull();
    const actions = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["news.create", "news.publish", "news.unpublish"]);
  });

  it("keeps a published item with a future date hidden until then, in the list, the page, the home page's three and the feed", async () => {
    // 09:00 in Baku (the institution's zone) is 05:00 UTC.
    const { id, slug } = await write("Spring exchange calls open", { publishedAt: "2031-03-01T09:00" });
    await publish(id);
    const item = await db.newsItem.findUniqueOrThrow({ where: { id } });
    expect(item.publishedAt?.toISOString()).toBe("2031-03-01T05:00:00.000Z");
    expect((await getNews(officer, id))?.status).toBe("scheduled");

    const now = new Date();
    expect(await getPublicNews(slug)).toBeNull();
    expect((await listPublicNews(1, 50, now)).rows.map((row) => row.slug)).not.toContain(slug);
    expect((await latestPublicNews(3, now)).map((row) => row.slug)).not.toContain(slug);
    expect(await newsFeed("https://portal.example.edu", undefined, now)).not.toContain("Spring exchange calls open");

    const then = new Date("2031-03-01T05:00:01Z");
    expect((await listPublicNews(1, 50, then)).rows[0]?.slug).toBe(slug);
    expect((await latestPublicNews(3, then))[0]?.slug).toBe(slug);
  });

  it("shows a scheduled item at once when its date is cleared", async () => {
    const { id, slug } = await write("Brought forward", { publishedAt: "2032-05-01T09:00" });
    await publish(id);
    expect(await getPublicNews(slug)).toBeNull();
    actAs(officer);
    expect(await updateNewsAction({ ...newsInput("Brought forward"), id, version: 2 })).toMatchObject({ ok: true });
    expect(await getPublicNews(slug)).toMatchObject({ slug });
  });

  it("lists visible news newest first, a page at a time", async () => {
    const dated = [
      ["Oldest visible item", "2024-01-10T10:00"],
      ["Middle visible item", "2024-06-10T10:00"],
      ["Newest visible item", "2025-01-10T10:00"],
    ] as const;
    for (const [title, publishedAt] of dated) {
      const { id } = await write(title, { publishedAt });
      await publish(id);
    }
    const cutoff = new Date("2025-02-01T00:00:00Z");
    const first = await listPublicNews(1, 2, cutoff);
    expect(first.rows.map((row) => row.title)).toEqual(["Newest visible item", "Middle visible item"]);
    expect(first.total).toBe(3);
    expect((await listPublicNews(2, 2, cutoff)).rows.map((row) => row.title)).toEqual(["Oldest visible item"]);
  });
});

describe("the Atom feed", () => {
  it("gives the visible items in the language asked for, marking fallbacks with xml:lang and escaping text", async () => {
    const { id, slug } = await write("Ankara & Baku: <joint> research", {
      translations: { ru: { title: "Анкара и Баку: совместные исследования", summary: "", body: "" } },
    });
    await publish(id);

    const russian = await newsFeed("https://portal.example.edu", "ru");
    expect(russian).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ru">/);
    expect(russian).toContain(`<link rel="self" type="application/atom+xml" href="https://portal.example.edu/news/feed.xml?lang=ru"/>`);
    expect(russian).toContain('<title type="text">Анкара и Баку: совместные исследования</title>');
    expect(russian).toContain(`<link rel="alternate" type="text/html" href="https://portal.example.edu/news/${slug}?lang=ru"/>`);
    // No Russian summary or body: the English ones, marked as English.
    expect(russian).toContain('<content type="text" xml:lang="en">First paragraph.\n\nSecond paragraph.</content>');

    const english = await newsFeed("https://portal.example.edu", undefined);
    expect(english).toContain('xml:lang="en"');
    expect(english).toContain("<title type=\"text\">Ankara &amp; Baku: &lt;joint&gt; research</title>");
    expect(english).toContain(`<id>https://portal.example.edu/news/${slug}</id>`);
    expect(english).not.toContain("Coordinators read this");
  });
});

describe("the picture", () => {
  it("is shown to visitors once the item is visible, and only to staff before", async () => {
    const { id, slug } = await write("A picture of the delegation");
    actAs(officer);
    await setNewsPicture(officer, { slug, data: new Uint8Array(PNG), fileName: "delegation.png" });
    expect(await readNewsPicture(slug, async () => null)).toBeNull();
    expect(await readNewsPicture(slug, async () => coordinator)).toMatchObject({ mimeType: "image/png", isPublic: false });

    await publish(id);
    expect(await readNewsPicture(slug, async () => null)).toMatchObject({ mimeType: "image/png", isPublic: true });
    expect((await getPublicNews(slug))?.pictureUrl).toMatch(new RegExp(`^/news/${slug}/picture\\?v=[0-9a-f]{8}$`));
  });

  it("refuses a file that is not a picture, whatever its name", async () => {
    const { slug } = await write("Not a picture");
    await expect(setNewsPicture(officer, { slug, data: new TextEncoder().encode("MZ not an image"), fileName: "photo.png" })).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "news.picture.notImage",
    });
    await expect(setNewsPicture(coordinator, { slug, data: new Uint8Array(PNG), fileName: "photo.png" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
