import { searchPartnerOptions } from "@/lib/agreements/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";

export const dynamic = "force-dynamic";

/** Partner suggestions for the agreement form's picker (`?q=` at least two characters). */
export const GET = routeHandler("agreements.partner-options", async (request: Request) => {
  const user = await getCurrentUser();
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const partners = await searchPartnerOptions(user, q);
  return Response.json({ partners }, { headers: { "Cache-Control": "private, no-store" } });
});
