import { describe, expect, it, vi } from "vitest";
import { changePasswordAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signOutEverywhereAction, signOutUserEverywhereAction } from "@/lib/auth/session-actions";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AuthRouteBrowser } from "@/tests/helpers/auth-route-browser";
import { createUser, type TestUser } from "@/tests/helpers/factories";

/**
 * Ending sessions, through next-auth's real sign-in and sign-out with the portal's options: the
 * session cookie is an encrypted JWT that stays decryptable until it expires, so what ends a
 * session is the per-request check against the account (see lib/auth/sessions.ts). A "copy" is
 * the same cookie in another browser: a stolen one, or the one still open on another computer.
 */
vi.mock("next/headers", () => import("@/tests/helpers/auth-route-browser").then((m) => m.nextHeadersModule));

const app = new URL(env().APP_URL).origin;

async function signedIn(user: TestUser, address?: string): Promise<AuthRouteBrowser> {
  const browser = new AuthRouteBrowser(app, address);
  const { url } = await browser.signInWithPassword(user.email, user.password!);
  expect(new URL(url, app).searchParams.get("error")).toBeNull();
  return browser;
}

async function userSeenBy(browser: AuthRouteBrowser) {
  browser.activate();
  return getCurrentUser();
}

describe("ending sessions", () => {
  it("signing out ends the session: a copy of the cookie no longer opens the portal", async () => {
    const student = await createUser({ password: "Student-password-1" });
    const browser = await signedIn(student);
    const copy = browser.copy("203.0.113.66");
    expect(await userSeenBy(copy)).toMatchObject({ id: student.id });

    await browser.signOut();

    expect(browser.cookies.has("next-auth.session-token")).toBe(false);
    expect(await userSeenBy(copy)).toBeNull();
  });

  it("an ended session's cookie cannot sign the owner out of a newer one", async () => {
    const student = await createUser({ password: "Student-password-2" });
    const first = await signedIn(student);
    const stolen = first.copy("203.0.113.67");
    await first.signOut();
    const second = await signedIn(student);

    await stolen.signOut();

    expect(await userSeenBy(second)).toMatchObject({ id: student.id });
  });

  it("changing the password ends every session of the account; the new password signs in", async () => {
    const student = await createUser({ password: "Student-password-3" });
    const laptop = await signedIn(student);
    const phone = await signedIn(student, "203.0.113.68");

    laptop.activate();
    expect(
      await changePasswordAction({ currentPassword: "Student-password-3", newPassword: "Student-password-4", confirmPassword: "Student-password-4" }),
    ).toEqual({ ok: true, data: undefined });

    expect(await userSeenBy(laptop)).toBeNull();
    expect(await userSeenBy(phone)).toBeNull();
    expect(await userSeenBy(await signedIn({ ...student, password: "Student-password-4" }))).toMatchObject({ id: student.id });
  });

  it("'sign out everywhere' ends all of one's own sessions, and is audited", async () => {
    const officer = await createUser({ role: "OFFICER", password: "Officer-password-1" });
    const laptop = await signedIn(officer);
    const phone = await signedIn(officer, "203.0.113.69");

    laptop.activate();
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: undefined });

    expect(await userSeenBy(laptop)).toBeNull();
    expect(await userSeenBy(phone)).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: officer.id, action: "user.sign-out-everywhere", actorId: officer.id } })).toBe(1);
  });

  it("an admin signs a user out everywhere; nobody else may", async () => {
    const admin = await createUser({ role: "ADMIN", password: "Admin-password-1" });
    const officer = await createUser({ role: "OFFICER", password: "Officer-password-2" });
    const student = await createUser({ password: "Student-password-5" });
    const adminBrowser = await signedIn(admin);
    const officerBrowser = await signedIn(officer);
    const studentBrowser = await signedIn(student);

    officerBrowser.activate();
    expect(await signOutUserEverywhereAction({ userId: student.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await userSeenBy(studentBrowser)).toMatchObject({ id: student.id });

    adminBrowser.activate();
    expect(await signOutUserEverywhereAction({ userId: student.id })).toEqual({ ok: true, data: undefined });
    expect(await signOutUserEverywhereAction({ userId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(await userSeenBy(studentBrowser)).toBeNull();
    expect(await userSeenBy(adminBrowser)).toMatchObject({ id: admin.id });
    expect(await userSeenBy(officerBrowser)).toMatchObject({ id: officer.id });
    expect(await db.auditLog.count({ where: { entityId: student.id, action: "user.sign-out-everywhere", actorId: admin.id } })).toBe(1);
  });
});
