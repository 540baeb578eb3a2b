import { routeHandler } from "@/lib/errors/route-handler";
import { listPublicOpportunities } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";

export const dynamic = "force-dynamic";

/**
 * Public on purpose: the catalogue as JSON, with the same filters as /opportunities
 * (`?country=EE&level=MASTER&q=tartu&page=2`). Only published calls and their public fields.
 */
export const GET = routeHandler("public.opportunities.list", async (request: Request) => {
  const filter = parseCatalogueFilter(new URL(request.url).searchParams);
  const page = await listPublicOpportunities(filter);
  return Response.json(page, { headers: { "Cache-Control": "public, max-age=60" } });
});
