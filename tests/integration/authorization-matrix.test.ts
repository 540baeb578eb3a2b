import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { discoverActions, discoverRoutes } from "@/tests/helpers/endpoints";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * The authorization matrix. It finds every server action (each exported function of a file whose
 * first statement is "use server") and every route handler (`app/**\/route.ts`, each exported HTTP
 * method) by itself, so a new feature is covered the day it is added, and proves that the
 * anonymous visitor and a student are refused everywhere they should be — with every table's row
 * count unchanged afterwards.
 *
 * A new endpoint that visitors or students may call belongs in one of the allow-lists below, with
 * the reason. Entries that no longer match anything fail the test, so the lists stay true.
 */

const PUBLIC_ACTIONS: Record<string, string> = {
  "i18n/actions.ts#setLocaleAction": "anyone may choose the language; it only sets a cookie",
  "lib/auth/actions.ts#registerStudentAction": "visitors register as students",
  "lib/auth/actions.ts#confirmEmailAction": "the e-mailed token is the credential",
  "lib/auth/actions.ts#requestPasswordResetAction": "a forgotten password is requested signed out",
  "lib/auth/actions.ts#resetPasswordAction": "the e-mailed token is the credential",
  "lib/auth/actions.ts#acceptInvitationAction": "the e-mailed token is the credential",
  "lib/setup/actions.ts#completeSetupAction": "the first run: the one-time token from the server log is the credential; refused once an admin exists",
  "lib/events/actions.ts#registerByEmailAction": "visitors register for published events by e-mail; rate-limited, held until the e-mailed link confirms it",
};

/** Signed-in students may call these; each checks ownership of the record itself. */
const STUDENT_ACTIONS: Record<string, string> = {
  "lib/auth/actions.ts#changePasswordAction": "everyone changes their own password",
  "lib/auth/session-actions.ts#signOutEverywhereAction": "everyone may end their own sessions",
  "lib/users/study-level.ts#setStudyLevelAction": "students say their own level of study; the input names no user",
  "lib/applications/actions.ts#saveApplicationDraftAction": "students edit their own application",
  "lib/applications/actions.ts#submitApplicationAction": "students submit their own application",
  "lib/applications/actions.ts#withdrawApplicationAction": "students withdraw their own application",
  "lib/applications/actions.ts#loadApplicationDraftAction": "students reopen their own draft",
  "lib/events/actions.ts#registerSignedInAction": "any signed-in person registers for a published event as themselves",
};

/** Allowed actions that take no input at all, so an empty request is a whole one (checked elsewhere). */
const NO_INPUT_ACTIONS: Record<string, string> = {
  "lib/auth/session-actions.ts#signOutEverywhereAction": "ending one's own sessions needs nothing more (tests/integration/security-sessions.test.ts)",
};

const PUBLIC_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth: providers, CSRF token, identity-server callback",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth: signing in and out (its own CSRF token + Origin check)",
  "app/api/health/route.ts#GET": "load balancers; reveals reachability only",
  "app/api/health/live/route.ts#GET": "load balancers: the process answers; reveals nothing",
  "app/api/health/ready/route.ts#GET": "load balancers; reveals reachability and migration names only",
  "app/api/public/opportunities/route.ts#GET": "published opportunities are public",
  "app/api/public/opportunities.ics/route.ts#GET": "the public calendar of published opportunities",
  "app/api/public/opportunities/[id]/calendar.ics/route.ts#GET": "one published opportunity's deadline as a calendar entry",
  "app/api/public/partners/route.ts#GET": "the public partner feed: public, non-archived partners and their public fields only",
  "app/api/public/centers/route.ts#GET": "the public centers feed: published centers and their public fields only",
  "app/api/centers/[slug]/picture/route.ts#GET": "a published center's picture is public; a hidden center's answers 404 except to staff",
  "app/api/institution/logo/[fileId]/route.ts#GET": "the institution's current logo, shown on every page; any other file id answers 404",
  "app/(public)/news/feed.xml/route.ts#GET": "the Atom feed of the news visitors may read",
  "app/(public)/news/[slug]/picture/route.ts#GET": "a visible news item's picture is public; a draft's or a scheduled item's answers 404 except to staff",
  "app/api/grant-calls/calendar.ics/route.ts#GET": "the deadlines of published public grant calls as iCalendar (staff-only calls only with a staff session)",
  "app/api/grant-calls/[id]/documents/[documentId]/route.ts#GET": "a public, published grant call's documents are public; any other answers 404 except to staff",
  "app/api/grant-calls/unsubscribe/route.ts#POST": "the digest's signed unsubscribe token is the credential; a forged or spent one changes nothing",
  "app/api/events/calendar.ics/route.ts#GET": "the public calendar of published events",
  "app/api/events/[slug]/calendar.ics/route.ts#GET": "one published event as a calendar entry",
  "app/api/events/[slug]/picture/route.ts#GET": "a published event's picture is public; an internal event's answers 404 except to staff",
  "app/api/events/registrations/confirm/route.ts#POST": "the signed link of the registration e-mail is the credential; a bad one changes nothing",
  "app/api/events/registrations/cancel/route.ts#POST": "the signed link of the registration e-mail is the credential; a bad one changes nothing",
};

const STUDENT_ROUTES: Record<string, string> = {
  "app/api/applications/documents/route.ts#POST": "students upload documents to their own application",
  "app/api/applications/documents/[documentId]/route.ts#GET": "students download their own documents",
  "app/api/applications/documents/[documentId]/route.ts#DELETE": "students remove their own documents",
};

interface Endpoint {
  id: string;
  call: () => Promise<unknown>;
}

const REFUSAL_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

/** Whatever way an endpoint says "not for you": an AppError result, a thrown refusal, a 401/403/404, a redirect to sign-in. */
function isRefusal(outcome: { value?: unknown; error?: unknown }): boolean {
  const { value, error } = outcome;
  if (error !== undefined) {
    if (error instanceof AppError) return REFUSAL_CODES.has(error.code);
    const digest = (error as { digest?: unknown })?.digest;
    return typeof digest === "string" && (/^NEXT_HTTP_ERROR_FALLBACK;(401|403|404)$/.test(digest) || /^NEXT_REDIRECT;.*\/sign-in/.test(digest));
  }
  if (value instanceof Response) {
    return [401, 403, 404].includes(value.status) || ((value.status === 302 || value.status === 307) && /\/sign-in/.test(value.headers.get("location") ?? ""));
  }
  const result = value as { ok?: unknown; code?: unknown } | undefined;
  return result?.ok === false && REFUSAL_CODES.has(String(result.code));
}

async function outcomeOf(call: () => Promise<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error };
  }
}

function describeOutcome(outcome: { value?: unknown; error?: unknown }): string {
  if (outcome.error !== undefined) return `threw ${String((outcome.error as Error)?.message ?? outcome.error)}`;
  if (outcome.value instanceof Response) return `answered HTTP ${outcome.value.status}`;
  return `returned ${JSON.stringify(outcome.value)}`;
}

const actions = await discoverActions();
const routes = await discoverRoutes();

function endpoints(): Endpoint[] {
  return [
    ...[...actions].flatMap(([id, action]) => [
      { id: `${id} (empty form)`, call: () => action(new FormData()) },
      { id: `${id} (empty object)`, call: () => action({}) },
    ]),
    ...[...routes].map(([id, call]) => ({ id, call: () => call(id.slice(id.lastIndexOf("#") + 1)) })),
  ];
}

function baseId(id: string): string {
  return id.replace(/ \(empty (form|object)\)$/, "");
}

let student: TestUser;

beforeAll(async () => {
  await ensureInstitution();
  // Some rows in every table a refusal could touch, so "unchanged" is not trivially true.
  const unit = await createUnit();
  student = await createUser({ role: "STUDENT", unitId: unit.id, password: "Student-password-1" });
  await createUser({ role: "OFFICER", password: "Officer-password-1" });
});

afterAll(() => {
  actAsVisitor();
});

describe("authorization matrix", () => {
  it("discovers the actions and route handlers of the whole app", () => {
    expect(actions.has("lib/users/actions.ts#inviteStaffAction")).toBe(true);
    expect(actions.has("lib/auth/actions.ts#registerStudentAction")).toBe(true);
    expect(routes.has("app/api/auth/[...nextauth]/route.ts#POST")).toBe(true);
  });

  it("counts only real refusals as refusals", () => {
    expect(isRefusal({ value: { ok: true, data: null } })).toBe(false);
    expect(isRefusal({ value: { ok: false, code: "VALIDATION" } })).toBe(false);
    expect(isRefusal({ value: undefined })).toBe(false);
    expect(isRefusal({ value: new Response("ok") })).toBe(false);
    expect(isRefusal({ error: new Error("crash") })).toBe(false);
    expect(isRefusal({ value: { ok: false, code: "FORBIDDEN" } })).toBe(true);
    expect(isRefusal({ value: new Response(null, { status: 401 }) })).toBe(true);
  });

  it("has no stale allow-list entry", () => {
    const known = new Set([...actions.keys(), ...routes.keys()]);
    const listed = [PUBLIC_ACTIONS, STUDENT_ACTIONS, PUBLIC_ROUTES, STUDENT_ROUTES].flatMap((list) => Object.keys(list));
    expect(listed.filter((id) => !known.has(id))).toEqual([]);
  });

  const isPublic = (id: string) => baseId(id) in PUBLIC_ACTIONS || baseId(id) in PUBLIC_ROUTES;
  const isStudentAllowed = (id: string) => isPublic(id) || baseId(id) in STUDENT_ACTIONS || baseId(id) in STUDENT_ROUTES;

  it.each(endpoints().filter((endpoint) => !isPublic(endpoint.id)).map((endpoint) => [endpoint.id, endpoint] as const))(
    "refuses the anonymous visitor: %s",
    async (_id, endpoint) => {
      actAsVisitor();
      const before = await countAllRows();
      const outcome = await outcomeOf(endpoint.call);
      expect(isRefusal(outcome), `${endpoint.id} ${describeOutcome(outcome)}`).toBe(true);
      expect(await countAllRows()).toEqual(before);
    },
  );

  it.each(endpoints().filter((endpoint) => !isStudentAllowed(endpoint.id)).map((endpoint) => [endpoint.id, endpoint] as const))(
    "refuses a student: %s",
    async (_id, endpoint) => {
      actAs(student);
      const before = await countAllRows();
      const outcome = await outcomeOf(endpoint.call);
      expect(isRefusal(outcome), `${endpoint.id} ${describeOutcome(outcome)}`).toBe(true);
      expect(await countAllRows()).toEqual(before);
    },
  );

  it.each(
    [...actions.keys()].filter((id) => (id in PUBLIC_ACTIONS || id in STUDENT_ACTIONS) && !(id in NO_INPUT_ACTIONS)).map((id) => [id] as const),
  )("answers empty input to an allowed action with a validation message and writes nothing: %s", async (id) => {
    actAs(id in STUDENT_ACTIONS ? student : null);
    const before = await countAllRows();
    const outcome = await outcomeOf(() => actions.get(id)!(new FormData()));
    expect(outcome.error, `${id} ${describeOutcome(outcome)}`).toBeUndefined();
    const result = outcome.value as { ok?: boolean; code?: string } | undefined;
    // setLocaleAction answers nothing to an invalid choice; safe actions answer VALIDATION.
    if (result !== undefined) expect(result, id).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await countAllRows()).toEqual(before);
  });
});
