import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { discoverActions, discoverRoutes } from "@/tests/helpers/endpoints";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * The fuzz tier: generated hostile input (wrong types, huge and odd strings, control characters, lone
 * surrogates, deep objects, garbage bodies) thrown at every server action and route handler the
 * authorization matrix discovers, as an admin (who gets past every permission gate to the parsing) and
 * as a student. No answer may be an unexpected error (a 500, or an action's INTERNAL result), and a
 * refused request stores nothing. Runs are bounded and seeded, so a failure reproduces.
 */

const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

/** Tables a refused request may legitimately touch: sign-in and reset throttling. */
const COUNTERS = new Set(["RateLimitBucket"]);

/**
 * Endpoints that only run inside a Next.js request (they read its cookie store themselves), with the
 * test that drives them instead. Entries must match a discovered endpoint.
 */
const NOT_FUZZED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth's own handler; driven through a real server by tests/e2e/auth-*.spec.ts and tests/helpers/auth-route-browser.ts",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth's own handler; driven through a real server by tests/e2e/auth-*.spec.ts and tests/helpers/auth-route-browser.ts",
};

/** Field names the portal's forms use, so generated objects reach real fields and not only unknown keys. */
const FIELD_NAMES = [
  "id", "version", "name", "title", "code", "email", "password", "description", "kind", "status", "role", "unitId",
  "partnerId", "partnerIds", "programId", "opportunityId", "applicationId", "userId", "countryCode", "city", "website",
  "referenceNumber", "startsOn", "endsOn", "conditions", "scope", "isPublic", "places", "answers", "score", "rank",
  "to", "note", "token", "locale", "q", "page", "disabled", "mapping", "step", "keepId", "absorbId", "audience",
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\u202Eevil", "<script>alert(1)</script>", "' OR 1=1 --", "NaN", "-1", "1e309", "00000000-0000-4000-8000-000000000000", "=HYPERLINK(\"x\")"),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => "x".repeat(n)),
);

const hostileScalar = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt().map(String));

const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, hostileScalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 6 }),
})).value;

/** Nested far deeper than any form. */
const deepObject = fc.integer({ min: 20, max: 200 }).map((depth) => {
  let node: Record<string, unknown> = { name: "leaf" };
  for (let level = 0; level < depth; level++) node = { name: node };
  return node;
});

const actionInput = fc.oneof(
  hostileValue,
  deepObject,
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { maxKeys: 10 }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileString, { maxKeys: 10 }).map((fields) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    return form;
  }),
);

const routeBody = fc.oneof(
  fc.record({ body: fc.string({ maxLength: 200 }), type: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded") }),
  fc.record({ body: fc.string({ maxLength: 200 }).map((text) => `--b\r\nContent-Disposition: form-data; name="file"\r\n\r\n${text}`), type: fc.constant("multipart/form-data; boundary=b") }),
  fc.record({ body: fc.uint8Array({ maxLength: 2000 }), type: fc.constant("multipart/form-data; boundary=x") }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileString, { maxKeys: 6 }).map((fields) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append("file", new File([fields.name ?? "x"], "upload.pdf", { type: "application/pdf" }));
    return { body: form as BodyInit, type: undefined };
  }),
);

/** An unexpected failure: a thrown error that is not Next.js's own control flow (notFound, redirect…). */
function isUnexpected(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return !(typeof digest === "string" && /^NEXT_(HTTP_ERROR_FALLBACK|REDIRECT|NOT_FOUND)/.test(digest));
}

function comparable(counts: Record<string, number>) {
  return Object.fromEntries(Object.entries(counts).filter(([table]) => !COUNTERS.has(table)));
}

const actions = await discoverActions();
const routes = await discoverRoutes();

let admin: TestUser;
let student: TestUser;

beforeAll(async () => {
  await ensureInstitution();
  const unit = await createUnit();
  admin = await createUser({ role: "ADMIN" });
  student = await createUser({ role: "STUDENT", unitId: unit.id });
});

afterAll(() => actAsVisitor());

describe.each([
  ["ADMIN", () => admin],
  ["STUDENT", () => student],
] as const)("fuzzing every endpoint as %s", (_role, who) => {
  it.each([...actions.keys()])("action %s never fails unexpectedly and stores nothing when it refuses", async (id) => {
    actAs(who());
    const action = actions.get(id)!;
    const before = comparable(await countAllRows());
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(actionInput, async (input) => {
        let result: { ok?: boolean; code?: string; formError?: string } | undefined;
        try {
          result = (await action(input)) as typeof result;
        } catch (error) {
          if (isUnexpected(error)) throw error;
          return;
        }
        expect(result?.code, JSON.stringify(result)).not.toBe("INTERNAL");
        if (result?.ok) accepted++;
      }),
      { numRuns: RUNS_PER_ENDPOINT, seed: SEED, endOnFailure: true },
    );
    if (accepted === 0) expect(comparable(await countAllRows())).toEqual(before);
  });

  it("skips only endpoints that exist", () => {
    for (const id of Object.keys(NOT_FUZZED)) expect(routes.has(id) || actions.has(id), id).toBe(true);
  });

  it.each([...routes.keys()].filter((id) => !(id in NOT_FUZZED)))("route %s never answers 500 and stores nothing when it refuses", async (id) => {
    actAs(who());
    const call = routes.get(id)!;
    const method = id.slice(id.lastIndexOf("#") + 1);
    const before = comparable(await countAllRows());
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(routeBody, async ({ body, type }) => {
        let response: Response;
        try {
          response = await call(method, body as BodyInit, type ? { "content-type": type } : {});
        } catch (error) {
          if (isUnexpected(error)) throw error;
          return;
        }
        expect(response.status, `${id} answered ${response.status}`).toBeLessThan(500);
        if (response.status < 400) accepted++;
      }),
      { numRuns: RUNS_PER_ENDPOINT, seed: SEED, endOnFailure: true },
    );
    if (accepted === 0 || method === "GET" || method === "HEAD") expect(comparable(await countAllRows())).toEqual(before);
  });
});
