import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  acceptInvitationAction,
  confirmEmailAction,
  registerStudentAction,
  requestPasswordResetAction,
  resetPasswordAction,
} from "@/lib/auth/actions";
import { verifySignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { listOutbox } from "@/lib/mail/outbox";
import { inviteStaffAction } from "@/lib/users/actions";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { createUser, ensureInstitution } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/** The token of the newest e-mail to `to` (from the dev outbox this test file writes to). */
async function lastLinkTo(to: string): Promise<{ subject: string; token: string; path: string }> {
  const entry = (await listOutbox()).find((mail) => mail.to === to);
  if (!entry) throw new Error(`no e-mail to ${to}`);
  const url = new URL(/https?:\/\/\S+/.exec(entry.text)![0]);
  return { subject: entry.subject, token: url.searchParams.get("token")!, path: url.pathname };
}

const PASSWORD = "Registration-pass-1";

function registration(email: string) {
  return { name: "Leyla Aliyeva", email, password: PASSWORD, confirmPassword: PASSWORD };
}

beforeAll(async () => {
  await ensureInstitution("test.example.edu");
});

beforeEach(() => {
  actAsVisitor();
});

describe("student registration", () => {
  it("accepts only the institution's e-mail domain (and its subdomains)", async () => {
    const outside = await registerStudentAction(registration("leyla@gmail.com"));
    expect(outside).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: ["auth.validation.emailDomain"] } });
    expect(await db.user.count({ where: { email: "leyla@gmail.com" } })).toBe(0);

    expect(await registerStudentAction(registration("leyla@student.test.example.edu"))).toMatchObject({ ok: true });
  });

  it("creates an unconfirmed student who cannot sign in until the e-mailed link is used once", async () => {
    const email = "farid@test.example.edu";
    expect(await registerStudentAction(registration(email))).toEqual({ ok: true, data: { email } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "STUDENT", emailVerifiedAt: null });
    expect(await verifySignIn({ email, password: PASSWORD, ip: null })).toEqual({ ok: false, reason: "unconfirmed" });

    const link = await lastLinkTo(email);
    expect(link.path).toBe("/confirm-email");
    expect(await confirmEmailAction({ token: link.token })).toEqual({ ok: true, data: undefined });
    expect(await verifySignIn({ email, password: PASSWORD, ip: null })).toMatchObject({ ok: true });

    // Single use.
    expect(await confirmEmailAction({ token: link.token })).toMatchObject({ ok: false, code: "INVALID_TOKEN" });
  });

  it("stores only the token's hash", async () => {
    const email = "hash@test.example.edu";
    await registerStudentAction(registration(email));
    const { token } = await lastLinkTo(email);
    const stored = await db.oneTimeToken.findFirstOrThrow({ where: { user: { email } } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(token);
  });

  it("refuses an expired confirmation link", async () => {
    const email = "late@test.example.edu";
    await registerStudentAction(registration(email));
    const { token } = await lastLinkTo(email);
    await db.oneTimeToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmEmailAction({ token })).toMatchObject({ ok: false, code: "INVALID_TOKEN" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it("lets only one of two simultaneous uses of a link succeed", async () => {
    const email = "twice@test.example.edu";
    await registerStudentAction(registration(email));
    const { token } = await lastLinkTo(email);
    const results = await Promise.all([confirmEmailAction({ token }), confirmEmailAction({ token })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([expect.objectContaining({ code: "INVALID_TOKEN" })]);
  });

  it("answers a registration for an existing account like any other, and e-mails the owner instead", async () => {
    const existing = await createUser({ email: "taken@test.example.edu", password: "Existing-pass-1" });
    const result = await registerStudentAction(registration(existing.email));
    expect(result).toEqual({ ok: true, data: { email: existing.email } });
    const link = await lastLinkTo(existing.email);
    expect(link.path).toBe("/reset-password");
    // The existing password still works: the registration changed nothing.
    expect(await verifySignIn({ email: existing.email, password: "Existing-pass-1", ip: null })).toMatchObject({ ok: true });
  });

  it("shows the field that is wrong and writes nothing", async () => {
    const result = await registerStudentAction({ name: "", email: "not-an-email", password: "short", confirmPassword: "other" });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        name: ["auth.validation.required"],
        email: ["auth.validation.invalidEmail"],
        password: ["auth.validation.passwordTooShort"],
      },
    });
    expect(await registerStudentAction({ ...registration("x@test.example.edu"), role: "ADMIN" } as never)).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await db.user.count({ where: { email: "x@test.example.edu" } })).toBe(0);
  });
});

describe("password reset", () => {
  it("says the same for unknown and known addresses, and e-mails only the known one", async () => {
    const user = await createUser({ password: "Old-password-1" });
    const before = (await listOutbox()).length;
    expect(await requestPasswordResetAction({ email: "ghost@test.example.edu" })).toEqual({
      ok: true,
      data: { email: "ghost@test.example.edu" },
    });
    expect((await listOutbox()).length).toBe(before);
    expect(await requestPasswordResetAction({ email: user.email })).toEqual({ ok: true, data: { email: user.email } });
    expect((await listOutbox()).length).toBe(before + 1);
  });

  it("sets a new password through a link that works once", async () => {
    const user = await createUser({ password: "Old-password-1" });
    await requestPasswordResetAction({ email: user.email });
    const { token, path } = await lastLinkTo(user.email);
    expect(path).toBe("/reset-password");

    const reset = { token, password: "New-password-22", confirmPassword: "New-password-22" };
    expect(await resetPasswordAction(reset)).toEqual({ ok: true, data: undefined });
    expect(await verifySignIn({ email: user.email, password: "New-password-22", ip: null })).toMatchObject({ ok: true });
    expect(await verifySignIn({ email: user.email, password: "Old-password-1", ip: null })).toMatchObject({ ok: false });

    expect(await resetPasswordAction({ ...reset, password: "Third-password-3", confirmPassword: "Third-password-3" })).toMatchObject({
      ok: false,
      code: "INVALID_TOKEN",
    });
  });

  it("refuses a reset link after its hour", async () => {
    const user = await createUser({ password: "Old-password-1" });
    await requestPasswordResetAction({ email: user.email });
    const { token } = await lastLinkTo(user.email);
    await db.oneTimeToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await resetPasswordAction({ token, password: "New-password-22", confirmPassword: "New-password-22" })).toMatchObject({
      ok: false,
      code: "INVALID_TOKEN",
    });
    expect(await verifySignIn({ email: user.email, password: "Old-password-1", ip: null })).toMatchObject({ ok: true });
  });

  it("makes an earlier link useless when a newer one is sent", async () => {
    const user = await createUser({ password: "Old-password-1" });
    await requestPasswordResetAction({ email: user.email });
    const first = await lastLinkTo(user.email);
    await requestPasswordResetAction({ email: user.email });
    const second = await lastLinkTo(user.email);
    expect(second.token).not.toBe(first.token);
    expect(await resetPasswordAction({ token: first.token, password: "New-password-22", confirmPassword: "New-password-22" })).toMatchObject({
      ok: false,
      code: "INVALID_TOKEN",
    });
    expect(await resetPasswordAction({ token: second.token, password: "New-password-22", confirmPassword: "New-password-22" })).toMatchObject({
      ok: true,
    });
  });

  it("does not accept one purpose's link for another", async () => {
    const email = "purpose@test.example.edu";
    await registerStudentAction(registration(email));
    const { token } = await lastLinkTo(email);
    expect(await resetPasswordAction({ token, password: "New-password-22", confirmPassword: "New-password-22" })).toMatchObject({
      ok: false,
      code: "INVALID_TOKEN",
    });
  });
});

describe("staff invitation", () => {
  it("creates the account without a password and activates it through the e-mailed link, once", async () => {
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const invited = await inviteStaffAction({ name: "Nigar Huseynova", email: "Nigar@Test.Example.edu", role: "OFFICER", unitId: "" });
    expect(invited).toMatchObject({ ok: true });
    actAsVisitor();

    const user = await db.user.findUniqueOrThrow({ where: { email: "nigar@test.example.edu" } });
    expect(user).toMatchObject({ role: "OFFICER", passwordHash: null, emailVerifiedAt: null });
    const { token, path } = await lastLinkTo(user.email);
    expect(path).toBe("/accept-invitation");

    expect(await acceptInvitationAction({ token, password: "Officer-pass-11", confirmPassword: "Officer-pass-11" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await verifySignIn({ email: user.email, password: "Officer-pass-11", ip: null })).toMatchObject({ ok: true });
    expect(await acceptInvitationAction({ token, password: "Officer-pass-12", confirmPassword: "Officer-pass-12" })).toMatchObject({
      ok: false,
      code: "INVALID_TOKEN",
    });
  });
});
