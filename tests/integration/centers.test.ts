import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as removePicture, GET as getPicture, POST as uploadPicture } from "@/app/api/centers/[slug]/picture/route";
import { createCenterAction, setCenterPublishedAction, updateCenterAction } from "@/lib/centers/actions";
import { getPublicCenter, listPublicCenters } from "@/lib/centers/public-queries";
import { listCenters } from "@/lib/centers/queries";
import { db } from "@/lib/db/client";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, type TestUser } from "@/tests/helpers/factories";
import { createCenter, pngBytes } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  student = await createUser({ role: "STUDENT" });
});

beforeEach(() => actAsVisitor());

const centerInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Goethe Reading Hall",
  organization: "Goethe-Institut",
  description: "Books and films in German.",
  location: "Main building, room 101",
  email: "reading@example.edu",
  phone: "+994 12 555 00 00",
  website: "goethe.example.de",
  openingHours: "Monday–Friday, 10:00–17:00",
  isPublic: "on",
  ...overrides,
});

const context = (slug: string) => ({ params: Promise.resolve({ slug }) });

function pictureRequest(method: string, slug: string, body?: FormData) {
  return new Request(`http://localhost:3000/api/centers/${slug}/picture`, { method, body });
}

describe("staff centers", () => {
  it("creates, edits with a version check, hides and publishes a center, each audited", async () => {
    actAs(officer);
    const created = await createCenterAction(centerInput());
    expect(created).toMatchObject({ ok: true, data: { slug: "goethe-reading-hall" } });
    const id = created.ok ? created.data.id : "";
    expect(await db.center.findUniqueOrThrow({ where: { id } })).toMatchObject({ website: "https://goethe.example.de", isPublic: true, version: 1 });

    expect(await updateCenterAction({ ...centerInput({ location: "Library, 2nd floor" }), id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateCenterAction({ ...centerInput({ location: "Somewhere else" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", formError: "common.form.errors.stale" });
    expect(await db.center.findUniqueOrThrow({ where: { id } })).toMatchObject({ location: "Library, 2nd floor" });

    expect(await setCenterPublishedAction({ id, version: 2, isPublic: "" })).toMatchObject({ ok: true, data: { isPublic: false } });
    expect(await getPublicCenter("goethe-reading-hall")).toBeNull();
    expect(await setCenterPublishedAction({ id, version: 3, isPublic: "on" })).toMatchObject({ ok: true, data: { isPublic: true } });
    expect(await getPublicCenter("goethe-reading-hall")).toMatchObject({ name: "Goethe Reading Hall", location: "Library, 2nd floor" });

    const actions = (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["center.create", "center.update", "center.hide", "center.publish"]);
  });

  it("shows errors next to the fields", async () => {
    actAs(officer);
    const result = await createCenterAction(centerInput({ name: " ", email: "not-an-email", website: "ftp://x" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(result.ok === false && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "name", "website"]);
  });

  it("lets coordinators read but not change centers; students get neither", async () => {
    const center = await createCenter({ isPublic: false });
    await expect(listCenters(coordinator, { page: 1 })).resolves.toMatchObject({ total: expect.any(Number) });
    await expect(listCenters(student, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const user of [coordinator, student]) {
      actAs(user);
      const before = await countAllRows();
      expect(await createCenterAction(centerInput({ name: "Forbidden Center" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await updateCenterAction({ ...centerInput(), id: center.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await setCenterPublishedAction({ id: center.id, version: 1, isPublic: "on" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const form = new FormData();
      form.set("picture", new Blob([pngBytes()]), "p.png");
      expect((await uploadPicture(pictureRequest("POST", center.slug, form), context(center.slug))).status).toBe(403);
      expect(await countAllRows()).toEqual(before);
    }
  });
});

describe("center pictures", () => {
  it("accepts images only, checked by content, and serves them publicly only for published centers", async () => {
    const center = await createCenter({ name: "Picture Center" });
    actAs(officer);
    const fake = new FormData();
    fake.set("picture", new Blob(["MZ this is not an image"]), "photo.png");
    const refused = await uploadPicture(pictureRequest("POST", center.slug, fake), context(center.slug));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ message: "centers.picture.notImage" });

    const form = new FormData();
    form.set("picture", new Blob([pngBytes()]), "photo.png");
    const uploaded = await uploadPicture(pictureRequest("POST", center.slug, form), context(center.slug));
    expect(uploaded.status).toBe(200);
    const stored = await db.center.findUniqueOrThrow({ where: { id: center.id }, include: { picture: true } });
    expect(stored.picture).toMatchObject({ mimeType: "image/png", fileName: "photo.png" });
    expect(await db.auditLog.count({ where: { entityId: center.id, action: "center.picture.set" } })).toBe(1);

    actAsVisitor();
    const served = await getPicture(pictureRequest("GET", center.slug), context(center.slug));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toContain("public");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(pngBytes());
    const listed = await listPublicCenters({ q: "Picture Center", page: 1 }, 10);
    expect(listed.rows[0]!.pictureUrl).toMatch(new RegExp(`^/api/centers/${center.slug}/picture\\?v=`));

    await db.center.update({ where: { id: center.id }, data: { isPublic: false } });
    expect((await getPicture(pictureRequest("GET", center.slug), context(center.slug))).status).toBe(404);
    actAs(student);
    expect((await getPicture(pictureRequest("GET", center.slug), context(center.slug))).status).toBe(404);
    actAs(coordinator);
    const staffView = await getPicture(pictureRequest("GET", center.slug), context(center.slug));
    expect(staffView.status).toBe(200);
    expect(staffView.headers.get("cache-control")).toContain("no-store");

    actAs(officer);
    expect((await removePicture(pictureRequest("DELETE", center.slug), context(center.slug))).status).toBe(204);
    expect(await db.center.findUniqueOrThrow({ where: { id: center.id } })).toMatchObject({ pictureFileId: null });
    expect((await getPicture(pictureRequest("GET", center.slug), context(center.slug))).status).toBe(404);
  });
});
