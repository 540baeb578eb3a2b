import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sessionStampOf, type SessionClaims } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { changeUserRoleAction, setUserDisabledAction } from "@/lib/users/actions";
import { createUnit, createUser } from "@/tests/helpers/factories";

/**
 * The real per-request lookup: only the cookie decryption is replaced (a test has no request), so
 * these tests prove that what the database says now — disabled, new role, new password — decides
 * the next request, whatever the still-valid session cookie says.
 */
const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock("@/lib/auth/session-claims", () => ({ readSessionClaims: async () => session.claims }));

async function claimsFor(userId: string): Promise<SessionClaims> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, sessionVersion: true } });
  return { userId, stamp: sessionStampOf(user) };
}

async function signInAs(userId: string): Promise<void> {
  session.claims = await claimsFor(userId);
}

beforeEach(() => {
  session.claims = null;
});

describe("session user", () => {
  it("is null without a session and the database user with one", async () => {
    expect(await getCurrentUser()).toBeNull();
    const officer = await createUser({ role: "OFFICER", password: "Officer-password-1" });
    await signInAs(officer.id);
    expect(await getCurrentUser()).toEqual({ id: officer.id, email: officer.email, name: officer.name, role: "OFFICER", unitId: null });
  });

  it("refuses a disabled user on their next request, and re-enabling does not revive the old session", async () => {
    const admin = await createUser({ role: "ADMIN", password: "Admin-password-1" });
    const target = await createUser({ role: "OFFICER", password: "Target-password-1" });
    const targetClaims = await claimsFor(target.id);

    session.claims = targetClaims;
    expect(await getCurrentUser()).not.toBeNull();

    await signInAs(admin.id);
    expect(await setUserDisabledAction({ userId: target.id, disabled: true })).toEqual({ ok: true, data: undefined });

    // The target's cookie is still valid, but the next request no longer sees a user.
    session.claims = targetClaims;
    expect(await getCurrentUser()).toBeNull();
    const refused = await changePasswordAction({
      currentPassword: "Target-password-1",
      newPassword: "Another-password-2",
      confirmPassword: "Another-password-2",
    });
    expect(refused).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    await signInAs(admin.id);
    await setUserDisabledAction({ userId: target.id, disabled: false });
    session.claims = targetClaims;
    expect(await getCurrentUser()).toBeNull();
    // A new sign-in works again.
    await signInAs(target.id);
    expect(await getCurrentUser()).toMatchObject({ id: target.id });
  });

  it("applies a role change on the next request", async () => {
    const admin = await createUser({ role: "ADMIN", password: "Admin-password-1" });
    const other = await createUser({ role: "ADMIN", password: "Other-password-1" });
    const unit = await createUnit();

    await signInAs(other.id);
    expect(await getCurrentUser()).toMatchObject({ role: "ADMIN" });

    await signInAs(admin.id);
    expect(await changeUserRoleAction({ userId: other.id, role: "COORDINATOR", unitId: unit.id })).toMatchObject({ ok: true });

    await signInAs(other.id);
    expect(await getCurrentUser()).toMatchObject({ role: "COORDINATOR", unitId: unit.id });
    // The former admin's old right is gone at once.
    expect(await setUserDisabledAction({ userId: admin.id, disabled: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
  });

  it("ends every session of the account when its password changes", async () => {
    const student = await createUser({ role: "STUDENT", password: "Student-password-1" });
    await signInAs(student.id);
    const oldClaims = session.claims;

    const result = await changePasswordAction({
      currentPassword: "Student-password-1",
      newPassword: "Student-password-2",
      confirmPassword: "Student-password-2",
    });
    expect(result).toEqual({ ok: true, data: undefined });

    session.claims = oldClaims;
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a change of password without the correct current one", async () => {
    const student = await createUser({ role: "STUDENT", password: "Student-password-1" });
    await signInAs(student.id);
    const result = await changePasswordAction({
      currentPassword: "wrong-password",
      newPassword: "Student-password-2",
      confirmPassword: "Student-password-2",
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: ["auth.validation.wrongCurrentPassword"] } });
    expect(await getCurrentUser()).toMatchObject({ id: student.id });
  });
});
