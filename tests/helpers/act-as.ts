import type { SessionUser } from "@/lib/auth/current-user";

/**
 * Calling server actions and services as a given user in integration tests.
 *
 * `getCurrentUser()` normally decrypts the session cookie of the current request, which tests do
 * not have. A test file replaces it with this helper's settable user — add these two lines at the
 * top of the file (vi.mock is hoisted, so its position among the imports does not matter):
 *
 *   import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
 *   vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));
 *
 * then, in a test:
 *
 *   const officer = await createUser({ role: "OFFICER" });   // tests/helpers/factories.ts
 *   actAs(officer);
 *   const result = await createPartnerAction({ ... });        // runs as the officer
 *   actAsVisitor();                                           // back to the anonymous visitor
 *
 * The acting user is fixed (not re-read from the database); the real per-request lookup, which
 * refuses disabled users, is tested in tests/integration/auth-session.test.ts. Each test file runs
 * in its own module graph, so the acting user never leaks between files; reset it in `beforeEach`
 * when tests in one file rely on the visitor.
 */

let current: SessionUser | null = null;

export function actAs(user: SessionUser | null): void {
  current = user ? { id: user.id, email: user.email, name: user.name, role: user.role, unitId: user.unitId } : null;
}

export function actAsVisitor(): void {
  current = null;
}

/** What `@/lib/auth/current-user` resolves to in a test file that mocks it (see above). */
export const currentUserModule = {
  getCurrentUser: async (): Promise<SessionUser | null> => current,
};
