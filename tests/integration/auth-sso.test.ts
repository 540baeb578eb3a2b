import { beforeAll, describe, expect, it } from "vitest";
import { linkOidcUser, userIdForOidcAccount } from "@/lib/auth/oidc";
import { db } from "@/lib/db/client";
import { createUser, ensureInstitution } from "@/tests/helpers/factories";

beforeAll(async () => {
  // New single sign-on students follow the registration rule: addresses of the institution's domain.
  await ensureInstitution("test.example.edu");
});

describe("single sign-on accounts", () => {
  it("creates a confirmed student for a new identity, and finds it again next time", async () => {
    const first = await linkOidcUser({ subject: "sub-new-1", email: "New.Person@Test.Example.edu", emailVerified: true, name: "New Person" });
    expect(first).toMatchObject({ ok: true });
    const userId = (first as { userId: string }).userId;
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      email: "new.person@test.example.edu",
      role: "STUDENT",
      passwordHash: null,
      emailVerifiedAt: expect.any(Date),
    });
    expect(await linkOidcUser({ subject: "sub-new-1", email: "changed@test.example.edu", emailVerified: true })).toEqual({ ok: true, userId });
    expect(await userIdForOidcAccount("sub-new-1")).toBe(userId);
    expect(await db.auditLog.count({ where: { entityId: userId, action: "user.register-sso" } })).toBe(1);
  });

  it("links an existing account by verified e-mail and keeps its role", async () => {
    const officer = await createUser({ role: "OFFICER", email: "officer.sso@test.example.edu" });
    expect(await linkOidcUser({ subject: "sub-officer", email: officer.email, emailVerified: true })).toEqual({ ok: true, userId: officer.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: officer.id } })).role).toBe("OFFICER");
  });

  it("refuses to link by an e-mail the identity server has not verified", async () => {
    const admin = await createUser({ role: "ADMIN", email: "admin.sso@test.example.edu" });
    expect(await linkOidcUser({ subject: "sub-attacker", email: admin.email, emailVerified: false })).toEqual({ ok: false, error: "SsoNoEmail" });
    expect(await linkOidcUser({ subject: "sub-no-mail", email: null, emailVerified: true })).toEqual({ ok: false, error: "SsoNoEmail" });
    expect(await db.userAccount.count({ where: { userId: admin.id } })).toBe(0);
  });

  it("refuses a disabled account, linked or not", async () => {
    const disabled = await createUser({ disabled: true, email: "gone.sso@test.example.edu" });
    expect(await linkOidcUser({ subject: "sub-gone", email: disabled.email, emailVerified: true })).toEqual({ ok: false, error: "AccountDisabled" });
    const linked = await createUser({ email: "later.disabled@test.example.edu" });
    await linkOidcUser({ subject: "sub-later", email: linked.email, emailVerified: true });
    await db.user.update({ where: { id: linked.id }, data: { disabledAt: new Date() } });
    expect(await linkOidcUser({ subject: "sub-later", email: linked.email, emailVerified: true })).toEqual({ ok: false, error: "AccountDisabled" });
  });
});
