import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as importRoute } from "@/app/api/import/[entity]/route";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
});

beforeEach(() => actAsVisitor());

const CSV = "Name,Type,Country\nRoute University,University,DE\n";

async function send(entity: string, fields: Record<string, string>, file: Blob | null = new Blob([CSV], { type: "text/csv" })) {
  const form = new FormData();
  if (file) form.set("file", file, "import.csv");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request(`http://localhost:3000/api/import/${entity}`, { method: "POST", body: form });
  const response = await importRoute(request, { params: Promise.resolve({ entity }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A request whose body records whether anyone started reading it. */
function watchedRequest(entity: string) {
  const watch = { read: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      watch.read = true;
      controller.close();
    },
  }, { highWaterMark: 0 }); // pulled only when read, not when created
  const request = new Request(`http://localhost:3000/api/import/${entity}`, {
    method: "POST",
    body,
    headers: { "content-type": "multipart/form-data; boundary=x" },
    duplex: "half",
  } as RequestInit);
  return { request, watch };
}

describe("POST /api/import/[entity]", () => {
  it("answers 404 for an entity that has no importer, own keys only", async () => {
    actAs(officer);
    for (const entity of ["unicorns", "constructor", "__proto__", "toString"]) {
      expect((await send(entity, { step: "inspect" })).status).toBe(404);
    }
  });

  it("checks the permission before reading the body", async () => {
    for (const [user, status] of [[null, 401], [coordinator, 403]] as const) {
      actAs(user);
      const { request, watch } = watchedRequest("partners");
      const response = await importRoute(request, { params: Promise.resolve({ entity: "partners" }) });
      expect(response.status).toBe(status);
      expect(watch.read).toBe(false);
    }
    actAs(officer);
    const { request, watch } = watchedRequest("partners");
    // Read (and found unreadable: an empty multipart body) only once the permission holds.
    expect((await importRoute(request, { params: Promise.resolve({ entity: "partners" }) })).status).toBe(400);
    expect(watch.read).toBe(true);
  });

  it("answers an unreadable mapping with the mapping's own message", async () => {
    actAs(officer);
    for (const mapping of ["{not json", JSON.stringify({ name: "first" }), JSON.stringify({ name: -1 })]) {
      expect(await send("partners", { step: "dry-run", mapping })).toMatchObject({ status: 422, body: { message: "importExport.mapping.invalid" } });
    }
  });

  it("tells a missing file from a malformed request", async () => {
    actAs(officer);
    expect(await send("agreements", { step: "inspect" }, null)).toMatchObject({ status: 422, body: { message: "importExport.file.empty" } });
    expect(await send("agreements", { step: "publish" })).toMatchObject({ status: 422, body: { message: "errors.generic.validation" } });
  });

  it("guesses the mapping with the entity's own fields", async () => {
    actAs(officer);
    const partners = await send("partners", { step: "inspect" });
    expect(partners).toMatchObject({ status: 200, body: { rowCount: 1, mapping: { name: 0, kind: 1, countryCode: 2 } } });
    const agreements = await send("agreements", { step: "inspect" });
    expect(agreements.status).toBe(200);
    expect(Object.keys(agreements.body.mapping as object)).toContain("referenceNumber");
  });
});
