import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { proxy } from "@/proxy";
import { AuthRouteBrowser } from "@/tests/helpers/auth-route-browser";
import { createUser } from "@/tests/helpers/factories";

/**
 * Over https the session cookie takes the `__Host-` prefix: a browser accepts it only with Secure,
 * Path=/ and no Domain, so a sibling subdomain can neither set nor shadow the portal's session.
 */
const APP = "https://international.test.example.edu";
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => ({ ...actual.env(), APP_URL: "https://international.test.example.edu" }) };
});
vi.mock("next/headers", () => import("@/tests/helpers/auth-route-browser").then((m) => m.nextHeadersModule));
// next-auth builds its own URLs from NEXTAUTH_URL; the portal sets it from APP_URL unless already set.
process.env.NEXTAUTH_URL = APP;

describe("the session cookie over https", () => {
  it("is a __Host- cookie: Secure, HttpOnly, for the whole site, without a Domain", async () => {
    const user = await createUser({ role: "OFFICER", password: "Cookie-password-9" });
    const browser = new AuthRouteBrowser(APP);
    await browser.signInWithPassword(user.email, "Cookie-password-9");

    const cookie = browser.cookies.get("__Host-next-auth.session-token");
    expect(cookie).toBeDefined();
    expect(cookie!.attributes).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "Secure", "SameSite=Lax"]));
    expect(cookie!.attributes.some((attribute) => /^domain=/i.test(attribute))).toBe(false);
    expect([...browser.cookies.keys()].some((name) => name.startsWith("__Secure-next-auth.session-token"))).toBe(false);

    browser.activate();
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });

  it("is recognised by the proxy's early redirect", () => {
    const signedIn = new NextRequest(new URL("/dashboard", APP), { headers: { cookie: "__Host-next-auth.session-token=x" } });
    expect(proxy(signedIn).status).toBe(200);
    expect(proxy(new NextRequest(new URL("/dashboard", APP))).status).toBe(307);
  });
});
