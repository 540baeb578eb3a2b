import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authSecret, sessionCookieName } from "@/lib/auth/auth-config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getAuthOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { createUser } from "@/tests/helpers/factories";

/**
 * The whole chain from next-auth's callbacks to the per-request user: the credentials provider
 * checks the password, the jwt callback issues the token, and a request carrying that token as its
 * cookie is read back as the user. Only next/headers is replaced (a test has no request).
 */
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })) }),
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
}));

interface CredentialsOptions {
  authorize: (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
}

function credentialsAuthorize(): CredentialsOptions["authorize"] {
  const provider = getAuthOptions().providers.find((p) => p.id === "credentials") as unknown as { options: CredentialsOptions };
  return provider.options.authorize;
}

async function issueCookie(user: { id: string }): Promise<void> {
  const jwt = getAuthOptions().callbacks!.jwt!;
  const token = await jwt({ token: {}, user: { id: user.id }, account: { provider: "credentials", type: "credentials", providerAccountId: user.id } } as never);
  request.cookies.set(sessionCookieName(), await encode({ token, secret: authSecret() }));
}

beforeEach(() => {
  request.cookies.clear();
});

describe("session cookie", () => {
  it("authorizes the right password and refuses a wrong one, with the lockout as the error", async () => {
    const user = await createUser({ role: "OFFICER", password: "Cookie-password-1" });
    const authorize = credentialsAuthorize();
    const req = { headers: { "x-forwarded-for": "192.0.2.20" } };
    expect(await authorize({ email: user.email, password: "Cookie-password-1" }, req)).toMatchObject({ id: user.id });
    expect(await authorize({ email: user.email, password: "nope" }, req)).toBeNull();
    for (let i = 0; i < 3; i += 1) await authorize({ email: user.email, password: "nope" }, req);
    await expect(authorize({ email: user.email, password: "nope" }, req)).rejects.toThrow(/^RateLimited:15$/);
  });

  it("carries only the user id and a password stamp, and is read back as the database user", async () => {
    const user = await createUser({ role: "COORDINATOR", password: "Cookie-password-2" });
    await issueCookie(user);
    expect(await getCurrentUser()).toEqual({ id: user.id, email: user.email, name: user.name, role: "COORDINATOR", unitId: user.unitId });

    const jwt = getAuthOptions().callbacks!.jwt!;
    const token = await jwt({ token: {}, user: { id: user.id }, account: { provider: "credentials", type: "credentials", providerAccountId: user.id } } as never);
    expect(Object.keys(token).sort()).toEqual(["stamp", "sub"]);
  });

  it("stops working once the password changes or the account is disabled", async () => {
    const user = await createUser({ role: "STUDENT", password: "Cookie-password-3" });
    await issueCookie(user);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$changed$changed" } });
    expect(await getCurrentUser()).toBeNull();

    const other = await createUser({ role: "STUDENT", password: "Cookie-password-4" });
    await issueCookie(other);
    await db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("ignores a forged or foreign cookie", async () => {
    request.cookies.set(sessionCookieName(), "not-a-jwe");
    expect(await getCurrentUser()).toBeNull();
    const user = await createUser();
    request.cookies.set(sessionCookieName(), await encode({ token: { sub: user.id, stamp: "x" }, secret: "another-deployment-secret-0123456789" }));
    expect(await getCurrentUser()).toBeNull();
  });
});
