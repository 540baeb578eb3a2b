import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import nextConfig from "@/next.config";
import { proxy } from "@/proxy";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { clientIpFrom, SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { safeCallbackPath } from "@/lib/auth/landing";
import { assertSameOrigin, isSameOriginRequest } from "@/lib/auth/same-origin";
import { safeAction } from "@/lib/errors/safe-action";
import { routeHandler } from "@/lib/errors/route-handler";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

const APP = process.env.APP_URL ?? "http://localhost:3000";

function post(origin: string | null, extra: Record<string, string> = {}): Request {
  const headers: Record<string, string> = { ...extra };
  if (origin) headers.origin = origin;
  return new Request(new URL("/api/anything", APP), { method: "POST", headers });
}

describe("origin checks for route handlers that change data", () => {
  it("accepts the portal's own origin and refuses any other", () => {
    expect(isSameOriginRequest(post(new URL(APP).origin))).toBe(true);
    expect(isSameOriginRequest(post("https://evil.example"))).toBe(false);
    expect(isSameOriginRequest(post("null"))).toBe(false);
    expect(() => assertSameOrigin(post("https://evil.example"))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("falls back to Sec-Fetch-Site without an Origin, and lets safe methods through", () => {
    expect(isSameOriginRequest(post(null, { "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(post(null, { "sec-fetch-site": "same-origin" }))).toBe(true);
    // The opaque origin a no-referrer page's own form sends: the browser's Sec-Fetch-Site decides.
    expect(isSameOriginRequest(post("null", { "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(post("null", { "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(new Request(new URL("/x", APP), { headers: { origin: "https://evil.example" } }))).toBe(true);
  });

  it("refuses a cross-site sign-in post before next-auth sees it", async () => {
    const request = new Request(new URL("/api/auth/callback/credentials", APP), { method: "POST", headers: { origin: "https://evil.example" } });
    const response = await nextAuthPost(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(response.status).toBe(403);
  });

  it("makes routeHandler answer a cross-site post with 403 and never run the handler", async () => {
    const handler = vi.fn(async () => new Response("changed"));
    const route = routeHandler("test.route", handler);
    expect((await route(post("https://evil.example"), {})).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("errors reaching the browser", () => {
  it("answers an unexpected action failure with a generic message and a reference, never the error's text", async () => {
    const action = safeAction({
      name: "test.crash",
      access: "public",
      schema: z.strictObject({}),
      handler: async () => {
        throw new Error("connection to 10.0.0.5 refused: password authentication failed for user iro");
      },
    });
    const result = await action({});
    expect(result).toMatchObject({ ok: false, code: "INTERNAL", formError: "errors.generic.unexpected" });
    expect(JSON.stringify(result)).not.toMatch(/10\.0\.0\.5|password|iro/);
    expect((result as { reference?: string }).reference).toMatch(/^[0-9a-f]{8}$/);
  });

  it("answers an unexpected route failure with a bare 500 and a reference", async () => {
    const route = routeHandler("test.crash", async () => {
      throw new Error("stack details");
    });
    const response = await route(new Request(new URL("/x", APP)), {});
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).not.toContain("stack details");
    expect(JSON.parse(body)).toMatchObject({ error: "INTERNAL", reference: expect.stringMatching(/^[0-9a-f]{8}$/) });
  });

  it("refuses unknown fields in action input (strict schemas)", async () => {
    const action = safeAction({ name: "test.strict", access: "public", schema: z.strictObject({ a: z.string() }), handler: async () => "ran" });
    expect(await action({ a: "x", role: "ADMIN" } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await action({ a: "x" })).toEqual({ ok: true, data: "ran" });
  });
});

describe("proxy", () => {
  it("sends a visitor without a session from the dashboard to sign-in, keeping the way back", () => {
    const response = proxy(new NextRequest(new URL("/dashboard/admin/users?page=2", APP)));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/dashboard/admin/users?page=2");
  });

  it("sets a fresh nonce-based CSP on every page", () => {
    const first = proxy(new NextRequest(new URL("/", APP))).headers.get("content-security-policy")!;
    const second = proxy(new NextRequest(new URL("/", APP))).headers.get("content-security-policy")!;
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(first).toContain("frame-ancestors 'none'");
    expect(first).toContain("object-src 'none'");
    expect(first).not.toBe(second);
  });

  it("lets a request with a session cookie through (the layout checks it)", () => {
    const request = new NextRequest(new URL("/dashboard", APP), { headers: { cookie: "next-auth.session-token=x" } });
    expect(proxy(request).status).toBe(200);
  });
});

describe("security headers", () => {
  it("sends nosniff, a referrer policy, a permissions policy and refuses framing on every path", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((rule) => rule.source === "/:path*")!;
    const byName = Object.fromEntries(all.headers.map((header) => [header.key.toLowerCase(), header.value]));
    expect(byName["x-content-type-options"]).toBe("nosniff");
    expect(byName["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(byName["x-frame-options"]).toBe("DENY");
    expect(byName["permissions-policy"]).toContain("camera=()");
  });

  it("only redirects to paths on this site after sign-in", () => {
    expect(safeCallbackPath("/dashboard/agreements?x=1")).toBe("/dashboard/agreements?x=1");
    expect(safeCallbackPath("//evil.example/")).toBeNull();
    expect(safeCallbackPath("https://evil.example/")).toBeNull();
    expect(safeCallbackPath("/\\evil.example")).toBeNull();
    expect(safeCallbackPath("/sign-in")).toBeNull();
  });

  it("takes the client address from the connection, not from what the client claims (no proxy configured)", () => {
    // Proxies configured with TRUSTED_PROXY_HOPS: tests/integration/security-client-address.test.ts.
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6", [SOCKET_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.8" }))).toBeNull();
    expect(clientIpFrom(new Headers())).toBeNull();
  });
});
