import { beforeEach, describe, expect, it, vi } from "vitest";
import { clientIpFrom, getClientIp, SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { getAuthOptions } from "@/lib/auth/options";
import { resetPassword } from "@/lib/auth/passwords";
import { verifySignIn } from "@/lib/auth/sign-in";
import { issueToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { rateLimitKeys } from "@/lib/rate-limit/keys";
import { recordHit, SIGN_IN_PER_ACCOUNT } from "@/lib/rate-limit/rate-limit";
import { createUser } from "@/tests/helpers/factories";

/**
 * The client address decides the sign-in limits and is written to the audit log, so a client
 * must not be able to choose it; and the per-account lock must not let a guesser at one address
 * lock the owner out at another.
 */
const settings = vi.hoisted(() => ({ env: {} as Record<string, unknown>, headers: new Headers() }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => ({ ...actual.env(), ...settings.env }) };
});
vi.mock("next/headers", () => ({ headers: async () => settings.headers, cookies: async () => ({ getAll: () => [], get: () => undefined }) }));

const PASSWORD = "Correct-horse-2";

function request(forwardedFor: string | null, socketAddress: string | null): Headers {
  const headers = new Headers();
  if (forwardedFor !== null) headers.set("x-forwarded-for", forwardedFor);
  if (socketAddress !== null) headers.set(SOCKET_ADDRESS_HEADER, socketAddress);
  return headers;
}

beforeEach(() => {
  settings.env = {};
});

describe("the client address", () => {
  it("ignores X-Forwarded-For by default (no proxy) and uses the connection's address", async () => {
    expect(parseEnv({ NODE_ENV: "test" }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(clientIpFrom(request("6.6.6.6", "203.0.113.7"))).toBe("203.0.113.7");
    expect(clientIpFrom(request("6.6.6.6", null))).toBeNull();
    expect(clientIpFrom(request(null, "::ffff:203.0.113.8"))).toBe("203.0.113.8");
    expect(clientIpFrom(request(null, "2001:db8::1"))).toBe("2001:db8::1");

    // What the audit log stores comes from the same place.
    settings.headers = request("6.6.6.6", "203.0.113.9");
    expect(await getClientIp()).toBe("203.0.113.9");
  });

  it("behind N proxies, takes the entry the outermost one added and ignores what the client put before it", () => {
    settings.env.TRUSTED_PROXY_HOPS = 1;
    expect(clientIpFrom(request("6.6.6.6, 203.0.113.7", "10.0.0.2"))).toBe("203.0.113.7");
    settings.env.TRUSTED_PROXY_HOPS = 2;
    expect(clientIpFrom(request("6.6.6.6, 203.0.113.7, 10.0.0.3", "10.0.0.2"))).toBe("203.0.113.7");
    // Fewer entries than proxies: the request did not come through them all.
    expect(clientIpFrom(request("6.6.6.6", "198.51.100.4"))).toBe("198.51.100.4");
  });

  it("does not let a forged X-Forwarded-For escape the per-address sign-in limit", async () => {
    const authorize = (getAuthOptions().providers.find((provider) => provider.id === "credentials") as unknown as {
      options: { authorize: (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    }).options.authorize;
    const attempt = (index: number) =>
      authorize(
        { email: `nobody-${index}@test.example.edu`, password: "wrong-password" },
        { headers: { "x-forwarded-for": `10.66.${index}.1`, [SOCKET_ADDRESS_HEADER]: "203.0.113.50" } },
      );
    for (let index = 0; index < 19; index += 1) expect(await attempt(index)).toBeNull();
    await expect(attempt(19)).rejects.toThrow(/^RateLimited:15$/);
  });
});

async function failTimes(email: string, ip: string | null, times: number) {
  let last;
  for (let i = 0; i < times; i += 1) last = await verifySignIn({ email, password: "wrong-password", ip });
  return last;
}

describe("the per-account lock", () => {
  it("does not let a guesser at one address lock out the owner at another", async () => {
    const owner = await createUser({ password: PASSWORD });
    expect(await failTimes(owner.email, "198.51.100.66", 10)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await verifySignIn({ email: owner.email, password: PASSWORD, ip: "198.51.100.66" })).toMatchObject({ reason: "rate-limited" });

    expect(await verifySignIn({ email: owner.email, password: PASSWORD, ip: "203.0.113.20" })).toMatchObject({ ok: true });
  });

  it("locks the account everywhere once guesses from many addresses reach the account-wide limit", async () => {
    const owner = await createUser({ password: PASSWORD });
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.limit - 1; i += 1) await recordHit(rateLimitKeys.signInAccount(owner.email), SIGN_IN_PER_ACCOUNT);
    expect(await failTimes(owner.email, "198.51.100.70", 1)).toEqual({ ok: false, reason: "rate-limited", retryAfterMinutes: 15 });
    expect(await verifySignIn({ email: owner.email, password: PASSWORD, ip: "203.0.113.21" })).toMatchObject({ reason: "rate-limited" });
  });

  it("shares one lock among requests whose address is unknown", async () => {
    const owner = await createUser({ password: PASSWORD });
    expect(await failTimes(owner.email, null, 5)).toMatchObject({ reason: "rate-limited" });
    expect(await verifySignIn({ email: owner.email, password: PASSWORD, ip: "203.0.113.22" })).toMatchObject({ ok: true });
  });

  it("is lifted at every address by a password reset", async () => {
    const owner = await createUser({ password: PASSWORD });
    await failTimes(owner.email, "198.51.100.71", 5);
    await failTimes(owner.email, "198.51.100.72", 5);
    const token = await db.$transaction((tx) => issueToken(tx, owner.id, "PASSWORD_RESET"));

    await resetPassword({ token, password: "Another-horse-3", confirmPassword: "Another-horse-3" }, { ip: "203.0.113.23" });

    expect(await verifySignIn({ email: owner.email, password: "Another-horse-3", ip: "198.51.100.71" })).toMatchObject({ ok: true });
    expect(await verifySignIn({ email: owner.email, password: "Another-horse-3", ip: "198.51.100.72" })).toMatchObject({ ok: true });
  });
});
