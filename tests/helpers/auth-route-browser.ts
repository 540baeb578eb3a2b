/**
 * A browser for next-auth's endpoints (`/api/auth/...`, with the portal's real options) in
 * integration tests: it keeps cookies, sends its origin and connection address, and makes its
 * cookies the ones server code reads (`getCurrentUser`, server actions). next-auth is called
 * through its framework-neutral handler: the App Router one reads the request from Next's
 * `next/headers`, which needs a running Next server (the route's own origin check is tested in
 * auth-security.test.ts). Only `next/headers` is replaced, as a test has no request; add to the
 * test file:
 *
 *   vi.mock("next/headers", () => import("@/tests/helpers/auth-route-browser").then((m) => m.nextHeadersModule));
 *
 * This module is that mock's factory, so it must not import anything that imports `next/headers`
 * at load time (a cycle that never resolves): the app's modules are imported when first used.
 */

/** lib/auth/client-ip.ts's SOCKET_ADDRESS_HEADER, repeated here for the reason above. */
const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";

let activeCookies = new Map<string, string>();
let activeHeaders = new Headers();

export const nextHeadersModule = {
  cookies: async () => ({
    getAll: () => [...activeCookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (activeCookies.has(name) ? { name, value: activeCookies.get(name)! } : undefined),
    has: (name: string) => activeCookies.has(name),
  }),
  headers: async () => activeHeaders,
};

export interface BrowserCookie {
  value: string;
  /** As sent in Set-Cookie, e.g. ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"]. */
  attributes: string[];
}

export class AuthRouteBrowser {
  readonly cookies = new Map<string, BrowserCookie>();

  constructor(
    readonly origin: string,
    readonly socketAddress = "198.51.100.10",
  ) {}

  /** A second browser holding a copy of this one's cookies (a stolen or copied session). */
  copy(socketAddress = this.socketAddress): AuthRouteBrowser {
    const twin = new AuthRouteBrowser(this.origin, socketAddress);
    for (const [name, cookie] of this.cookies) twin.cookies.set(name, { ...cookie });
    return twin;
  }

  /** From now on, server code called by the test sees this browser's request. */
  activate(): this {
    activeCookies = new Map([...this.cookies].map(([name, cookie]) => [name, cookie.value]));
    activeHeaders = new Headers({
      origin: this.origin,
      host: new URL(this.origin).host,
      [SOCKET_ADDRESS_HEADER]: this.socketAddress,
      cookie: [...activeCookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; "),
    });
    return this;
  }

  /** One request to next-auth; the answer as status, Location, Set-Cookie lines and body. */
  async request(method: "GET" | "POST", pathAndQuery: string, form?: Record<string, string>): Promise<AuthResponse> {
    const url = new URL(pathAndQuery, this.origin);
    this.activate();
    const [{ default: NextAuth }, { getAuthOptions }] = await Promise.all([import("next-auth"), import("@/lib/auth/options")]);
    const response = new RecordedResponse();
    await NextAuth(
      {
        method,
        headers: Object.fromEntries(activeHeaders),
        cookies: Object.fromEntries(activeCookies),
        query: { ...Object.fromEntries(url.searchParams), nextauth: url.pathname.replace(/^\/api\/auth\//, "").split("/") },
        body: form ?? {},
      } as never,
      response as never,
      getAuthOptions(),
    );
    this.keepCookies(response.setCookies);
    this.activate();
    return { status: response.statusCode, location: response.headers.get("location") ?? null, setCookies: response.setCookies, body: response.body };
  }

  async csrfToken(): Promise<string> {
    const response = await this.request("GET", "/api/auth/csrf");
    return (response.body as { csrfToken: string }).csrfToken;
  }

  /** The sign-in form's post; answers `{ url }`, with `?error=` in it on failure. */
  async signInWithPassword(email: string, password: string): Promise<{ url: string }> {
    const response = await this.request("POST", "/api/auth/callback/credentials", { csrfToken: await this.csrfToken(), email, password, json: "true" });
    return response.body as { url: string };
  }

  /** Starts single sign-on: the identity server's authorization URL to send the user to. */
  async startSignOn(providerId: string, callbackUrl = "/dashboard"): Promise<string> {
    const response = await this.request("POST", `/api/auth/signin/${providerId}`, { csrfToken: await this.csrfToken(), callbackUrl, json: "true" });
    return (response.body as { url: string }).url;
  }

  async signOut(): Promise<void> {
    await this.request("POST", "/api/auth/signout", { csrfToken: await this.csrfToken(), json: "true" });
  }

  private keepCookies(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...rest] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      // Kept decoded, as a server's cookie parser hands them over.
      const value = decodeURIComponent(pair.slice(separator + 1).trim());
      const attributes = rest.map((attribute) => attribute.trim()).filter(Boolean);
      const expired = value === "" || attributes.some((attribute) => /^max-age=0$/i.test(attribute));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, { value, attributes });
    }
  }
}

export interface AuthResponse {
  status: number;
  location: string | null;
  setCookies: string[];
  body: unknown;
}

/** The little of Node's ServerResponse that next-auth's handler uses. */
class RecordedResponse {
  statusCode = 200;
  readonly headers = new Map<string, string>();
  setCookies: string[] = [];
  body: unknown = null;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  getHeader(name: string): string | string[] | undefined {
    return name.toLowerCase() === "set-cookie" ? this.setCookies : this.headers.get(name.toLowerCase());
  }

  setHeader(name: string, value: string | string[]): this {
    if (name.toLowerCase() === "set-cookie") this.setCookies = [value].flat();
    else this.headers.set(name.toLowerCase(), String(value));
    return this;
  }

  end(): void {}

  json(body: unknown): void {
    this.body = body;
  }

  send(body: unknown): void {
    this.body = body;
  }
}
