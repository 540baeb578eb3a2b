import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as agreementDocumentUpload } from "@/app/api/agreements/[id]/documents/route";
import { POST as applicationDocumentUpload } from "@/app/api/applications/documents/route";
import { POST as centerPictureUpload } from "@/app/api/centers/[slug]/picture/route";
import { POST as importUpload } from "@/app/api/import/[entity]/route";
import { env } from "@/lib/env";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";
import { createCenter } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 15, finding 3: upload limits were checked after the body was buffered, so a chunked upload
 * with no Content-Length was read whole (150 MB to the student document upload took the server from
 * 494 MB to 979 MB before its 422). Every upload route now reads with a byte cap while the body
 * streams in: 413, and the rest of the body is never pulled. A cross-origin POST is refused before
 * anything is read.
 */

const MB = 1024 * 1024;
const ORIGIN = "http://localhost:3000";

/**
 * A multipart body of `totalBytes` sent in 64 KB chunks with no Content-Length, counting how much of
 * it the server pulled. `highWaterMark: 0`: nothing is pulled until someone reads.
 */
function chunkedUpload(totalBytes: number) {
  const pulled = { bytes: 0 };
  const boundary = "----cap-test";
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sentHead = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!sentHead) {
          sentHead = true;
          pulled.bytes += head.byteLength;
          controller.enqueue(head);
          return;
        }
        if (pulled.bytes >= totalBytes) return controller.close();
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const init = (headers: Record<string, string> = {}) =>
    ({
      method: "POST",
      body,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: ORIGIN, ...headers },
      duplex: "half",
    }) as RequestInit;
  return { init, pulled };
}

interface UploadRoute {
  name: string;
  user: () => TestUser;
  call: (init: RequestInit) => Promise<Response>;
}

let officer: TestUser;
let student: TestUser;
let agreementId: string;
let centerSlug: string;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
  student = await createUser();
  const partner = await createTestPartner();
  agreementId = (await createStoredAgreement({ unitId: (await createUnit()).id, partnerIds: [partner.id] })).id;
  centerSlug = (await createCenter()).slug;
});

beforeEach(() => actAsVisitor());

const ROUTES: UploadRoute[] = [
  {
    name: "student application document",
    user: () => student,
    call: (init) => applicationDocumentUpload(new Request(`${ORIGIN}/api/applications/documents`, init), undefined),
  },
  {
    name: "agreement document",
    user: () => officer,
    call: (init) =>
      agreementDocumentUpload(new Request(`${ORIGIN}/api/agreements/${agreementId}/documents`, init), { params: Promise.resolve({ id: agreementId }) }),
  },
  {
    name: "center picture",
    user: () => officer,
    call: (init) => centerPictureUpload(new Request(`${ORIGIN}/api/centers/${centerSlug}/picture`, init), { params: Promise.resolve({ slug: centerSlug }) }),
  },
  {
    name: "partner import",
    user: () => officer,
    call: (init) => importUpload(new Request(`${ORIGIN}/api/import/partners`, init), { params: Promise.resolve({ entity: "partners" }) }),
  },
];

describe("every upload route streams with a byte cap", () => {
  it("answers a chunked 150 MB body to the student document upload with 413, having read about the cap only", async () => {
    actAs(student);
    const before = await countAllRows();
    const { init, pulled } = chunkedUpload(150 * MB);
    const response = await ROUTES[0]!.call(init());
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: "TOO_LARGE", message: "applications.errors.fileTooLarge" });
    expect(pulled.bytes).toBeLessThan(env().UPLOAD_MAX_MB * MB + 1 * MB);
    expect(await countAllRows()).toEqual(before);
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))("%s: 413 for a chunked body over the cap, read no further", async (_name, route) => {
    actAs(route.user());
    const before = await countAllRows();
    const { init, pulled } = chunkedUpload(150 * MB);
    const response = await route.call(init());
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(env().UPLOAD_MAX_MB * MB + 1 * MB);
    expect(await countAllRows()).toEqual(before);
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))("%s: 413 for a declared length over the cap, before reading", async (_name, route) => {
    actAs(route.user());
    const { init, pulled } = chunkedUpload(150 * MB);
    const response = await route.call(init({ "content-length": String(150 * MB) }));
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBe(0);
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))("%s: 400 for a body that is not a readable form", async (_name, route) => {
    actAs(route.user());
    const response = await route.call({ method: "POST", body: "--nope\r\ngarbage", headers: { "content-type": "multipart/form-data; boundary=other", origin: ORIGIN } });
    expect(response.status).toBe(400);
  });
});

describe("a cross-origin POST to a route handler", () => {
  it.each(ROUTES.map((route) => [route.name, route] as const))("%s: 403, the body unread and nothing stored", async (_name, route) => {
    actAs(route.user());
    const before = await countAllRows();
    const { init, pulled } = chunkedUpload(MB);
    for (const origin of ["https://evil.example", "null"]) {
      const response = await route.call(init({ origin }));
      expect(response.status).toBe(403);
    }
    expect(pulled.bytes).toBe(0);
    expect(await countAllRows()).toEqual(before);
  });
});
