import { describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { rateLimitKeys } from "@/lib/rate-limit/keys";
import { recordHit, SIGN_IN_PER_ACCOUNT_AND_IP, SIGN_IN_PER_IP } from "@/lib/rate-limit/rate-limit";
import { createUser } from "@/tests/helpers/factories";

const PASSWORD = "Correct-horse-1";

async function failTimes(email: string, ip: string, times: number) {
  let last;
  for (let i = 0; i < times; i += 1) last = await verifySignIn({ email, password: "wrong-password", ip });
  return last;
}

describe("sign-in rate limit", () => {
  it("signs in with the right password and refuses a wrong one", async () => {
    const user = await createUser({ role: "OFFICER", password: PASSWORD });
    expect(await verifySignIn({ email: user.email.toUpperCase(), password: PASSWORD, ip: "10.0.0.1" })).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
    expect(await verifySignIn({ email: user.email, password: "nope", ip: "10.0.0.1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks an account from an address after 5 failures there, even for the right password, with the wait in minutes", async () => {
    const user = await createUser({ password: PASSWORD });
    expect(await failTimes(user.email, "10.0.1.1", 4)).toEqual({ ok: false, reason: "invalid" });
    expect(await failTimes(user.email, "10.0.1.1", 1)).toEqual({ ok: false, reason: "rate-limited", retryAfterMinutes: 15 });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: "10.0.1.1" })).toEqual({
      ok: false,
      reason: "rate-limited",
      retryAfterMinutes: 15,
    });
  });

  it("lets the account in again once the block has passed", async () => {
    const user = await createUser({ password: PASSWORD });
    await failTimes(user.email, "10.0.2.1", 5);
    await db.rateLimitBucket.update({
      where: { key: rateLimitKeys.signInAccountFromIp(user.email, "10.0.2.1") },
      data: { blockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 16 * 60 * 1000) },
    });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: "10.0.2.1" })).toMatchObject({ ok: true });
  });

  it("resets the account's counter for the address on a successful sign-in", async () => {
    const user = await createUser({ password: PASSWORD });
    await failTimes(user.email, "10.0.3.1", 4);
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: "10.0.3.1" })).toMatchObject({ ok: true });
    expect(await db.rateLimitBucket.findUnique({ where: { key: rateLimitKeys.signInAccountFromIp(user.email, "10.0.3.1") } })).toBeNull();
    // Four more failures are again below the limit.
    expect(await failTimes(user.email, "10.0.3.1", 4)).toEqual({ ok: false, reason: "invalid" });
  });

  it("starts a new window when the old one has passed", async () => {
    const user = await createUser({ password: PASSWORD });
    await failTimes(user.email, "10.0.4.1", 4);
    const key = rateLimitKeys.signInAccountFromIp(user.email, "10.0.4.1");
    await db.rateLimitBucket.update({ where: { key }, data: { windowStart: new Date(Date.now() - 16 * 60 * 1000) } });
    expect(await failTimes(user.email, "10.0.4.1", 1)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).toMatchObject({
      hits: 1,
      blockedUntil: null,
    });
  });

  it("blocks a client address after 20 failures across accounts, including unknown ones", async () => {
    const ip = "10.0.5.1";
    for (let i = 0; i < SIGN_IN_PER_IP.limit - 1; i += 1) {
      expect(await verifySignIn({ email: `nobody-${i}@test.example.edu`, password: "x", ip })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifySignIn({ email: "nobody-last@test.example.edu", password: "x", ip })).toMatchObject({ reason: "rate-limited" });
    const user = await createUser({ password: PASSWORD });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "rate-limited" });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: "10.0.5.2" })).toMatchObject({ ok: true });
  });

  it("counts concurrent failures exactly (one atomic upsert per hit)", async () => {
    const key = "test:concurrent";
    await Promise.all(Array.from({ length: 12 }, () => recordHit(key, SIGN_IN_PER_ACCOUNT_AND_IP)));
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key } });
    expect(bucket.hits).toBe(12);
    expect(bucket.blockedUntil).not.toBeNull();
  });

  it("tells apart a disabled account and an unconfirmed address only after a correct password", async () => {
    const disabled = await createUser({ password: PASSWORD, disabled: true });
    const unconfirmed = await createUser({ password: PASSWORD, verified: false });
    expect(await verifySignIn({ email: disabled.email, password: PASSWORD, ip: null })).toEqual({ ok: false, reason: "disabled" });
    expect(await verifySignIn({ email: unconfirmed.email, password: PASSWORD, ip: null })).toEqual({ ok: false, reason: "unconfirmed" });
    expect(await verifySignIn({ email: disabled.email, password: "wrong", ip: null })).toEqual({ ok: false, reason: "invalid" });
  });
});
