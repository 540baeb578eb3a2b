import { generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// oidc-provider 8 ships no type declarations; the little used here is typed below.
// @ts-expect-error -- untyped package (see ProviderConstructor)
import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider (the `oidc-provider` package, certified by the OpenID
 * Foundation) on a local port, for tests of single sign-on. Its accounts are set by the test; the
 * sign-in screen is oidc-provider's development login form (any password), and no consent screen
 * is shown, as at a university's own identity server.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
interface ProviderInstance {
  callback(): Handler;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;
interface GrantContext {
  oidc: {
    provider: { Grant: new (init: { clientId: string; accountId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> } };
    client: { clientId: string };
    session: { accountId: string };
  };
}

/** The claims an account shows the portal; leave `email_verified` out to test a server that omits it. */
export interface TestIdentity {
  email?: string;
  email_verified?: boolean | string;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by subject (`sub`), which is also the login name typed on the provider's form. */
  accounts: Map<string, TestIdentity>;
  /**
   * "userinfo" (oidc-provider's default, OpenID Connect Core 5.4): with an access token issued, the
   * e-mail claims come from the UserInfo endpoint only. "id-token": they are in the ID token too.
   */
  claimsIn(where: "userinfo" | "id-token"): void;
  close(): Promise<void>;
}

export async function startTestOidcProvider(options: { redirectUri: string; port?: number; clientId?: string; clientSecret?: string }): Promise<TestOidcProvider> {
  const clientId = options.clientId ?? "iro-portal-test";
  const clientSecret = options.clientSecret ?? `secret-${randomUUID()}`;
  const accounts = new Map<string, TestIdentity>();
  let handle: Handler = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // One signing key for both variants, so tokens verify whichever one answers.
  const signingKey = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: "test", alg: "RS256", use: "sig" };
  const build = (conformIdTokenClaims: boolean) =>
    new (Provider as ProviderConstructor)(issuer, {
      clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
      jwks: { keys: [signingKey] },
      cookies: { keys: [randomUUID()] },
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      conformIdTokenClaims,
      features: { devInteractions: { enabled: true } },
      async findAccount(_ctx: unknown, sub: string) {
        const identity = accounts.get(sub);
        return identity && { accountId: sub, claims: async () => ({ sub, ...identity }) };
      },
      // Every scope is granted without asking, like a university's identity server for its portal.
      async loadExistingGrant(ctx: GrantContext) {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope("openid email profile");
        await grant.save();
        return grant;
      },
    }).callback();
  const variants = { userinfo: build(true), "id-token": build(false) };
  handle = variants.userinfo;

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    claimsIn: (where) => {
      handle = variants[where];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The user's side at the provider, without a browser: follows the authorization URL, submits the
 * development login form as `subject`, and returns the URL the provider sends back to the portal.
 */
export async function signInAtProvider(authorizationUrl: string, subject: string): Promise<string> {
  const cookies = new Map<string, string>();
  const issuerOrigin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  for (let step = 0; step < 10; step += 1) {
    if (new URL(url).origin !== issuerOrigin) return url;
    const atLogin = new URL(url).pathname.startsWith("/interaction/");
    const response = await fetch(url, {
      method: atLogin ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(atLogin ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: atLogin ? new URLSearchParams({ prompt: "login", login: subject, password: "any" }).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const separator = pair.indexOf("=");
      cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`the provider answered ${response.status} at ${url}: ${(await response.text()).slice(0, 300)}`);
    url = new URL(location, url).toString();
  }
  throw new Error("too many redirects at the provider");
}
