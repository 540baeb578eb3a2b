// HTTP helpers of the benchmark: the staff sign-in through next-auth's credentials flow, and the
// check that a response is the page itself (not an error page, a 404 or a sign-in redirect).
import type { BenchCase } from "./cases";

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]!);
}

/** Signs in like the browser form does (csrf token, credentials callback) and returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/dashboard`, json: "true" }),
  });
  const session = cookiesFrom(response).find((c) => /next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status}, ${response.headers.get("location") ?? "no redirect"})`);
  const check = await fetch(`${baseUrl}/dashboard`, { headers: { cookie: session }, redirect: "manual" });
  if (check.status !== 200) throw new Error(`the session cookie does not open /dashboard (HTTP ${check.status})`);
  return session;
}

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");

const ERROR_MARKERS: [RegExp, string][] = [
  [/NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND/, "a not-found fallback"],
  [/NEXT_REDIRECT/, "a redirect"],
  [/<title>[^<]*(Page not found|Something went wrong)/, "an error page"],
  [/\/api\/auth\/callback\/credentials|name="password"/, "the sign-in form"],
];

/** Null when the response is the expected page, else what is wrong with it. */
export function checkBody(status: number, body: string, benchCase: BenchCase): string | null {
  if (status !== 200) return `HTTP ${status}`;
  for (const [pattern, what] of ERROR_MARKERS) if (pattern.test(body)) return `the page is ${what}`;
  if (benchCase.expectAny.length === 0) return "nothing in the dataset matches this page's query (check the case definition)";
  if (!benchCase.expectAny.some((text) => body.includes(text) || body.includes(escapeHtml(text)))) {
    return `none of the ${benchCase.expectAny.length} expected texts (e.g. "${benchCase.expectAny[0]}") is in the page`;
  }
  return null;
}
