import { routeHandler } from "@/lib/errors/route-handler";
import { unsubscribeWithToken } from "@/lib/grant-calls/digest";
import { readFormData } from "@/lib/http/read-form";

export const dynamic = "force-dynamic";

/** A token and its form envelope are tiny; anything bigger is not a real unsubscribe request. */
const MAX_BODY_BYTES = 4096;

/**
 * Public on purpose: ends the digest subscription the signed token names, without a session (the
 * link is in the subscriber's own e-mail). Valid once; a forged, unknown or spent token changes
 * nothing. Answers with a redirect back to the unsubscribe page, which says what happened.
 */
export const POST = routeHandler("grant-calls.unsubscribe", async (request: Request) => {
  const form = await readFormData(request, MAX_BODY_BYTES);
  const token = form.get("token");
  const outcome = await unsubscribeWithToken(typeof token === "string" ? token : null);
  const page = new URL("/grant-calls/unsubscribe", request.url);
  if (typeof token === "string" && outcome !== "invalid") page.searchParams.set("token", token);
  if (outcome === "done") page.searchParams.set("done", "1");
  return new Response(null, { status: 303, headers: { Location: `${page.pathname}${page.search}`, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
});
